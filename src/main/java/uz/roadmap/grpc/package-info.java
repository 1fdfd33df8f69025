/**
 * The gRPC contract: Java types generated from the {@code .proto} files in {@code src/main/proto}.
 * Open to every module, since each module's gRPC adapter implements its own service from here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "gRPC contract")
@NullMarked
package uz.roadmap.grpc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
