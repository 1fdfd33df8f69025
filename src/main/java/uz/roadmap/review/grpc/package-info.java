/**
 * The review module's gRPC services.
 */
@NullMarked
package uz.roadmap.review.grpc;

import org.jspecify.annotations.NullMarked;
