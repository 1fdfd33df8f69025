/**
 * The curriculum module's gRPC service.
 */
@NullMarked
package uz.roadmap.curriculum.grpc;

import org.jspecify.annotations.NullMarked;
