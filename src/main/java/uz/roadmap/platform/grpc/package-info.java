/**
 * What every gRPC call goes through before a service sees it: well-formed requests, idempotency
 * keys, and bad input or an unreachable store answered with a proper status.
 */
@NullMarked
package uz.roadmap.platform.grpc;

import org.jspecify.annotations.NullMarked;
