/**
 * The plan module's gRPC service.
 */
@NullMarked
package uz.roadmap.plan.grpc;

import org.jspecify.annotations.NullMarked;
