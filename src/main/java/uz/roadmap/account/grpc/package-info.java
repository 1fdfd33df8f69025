/**
 * The account module's gRPC service.
 */
@NullMarked
package uz.roadmap.account.grpc;

import org.jspecify.annotations.NullMarked;
