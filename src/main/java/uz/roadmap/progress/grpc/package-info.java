/** The progress module's gRPC adapter. */
@NullMarked
package uz.roadmap.progress.grpc;

import org.jspecify.annotations.NullMarked;
