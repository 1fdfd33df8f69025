/**
 * The assessment module's gRPC services.
 */
@NullMarked
package uz.roadmap.assessment.grpc;

import org.jspecify.annotations.NullMarked;
