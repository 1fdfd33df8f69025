/**
 * The gRPC contract: Java types generated from the {@code .proto} files in {@code src/main/proto}.
 * Open to every module, since each module's gRPC adapter implements its own service from here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "gRPC contract")
package uz.roadmap.grpc;

import org.springframework.modulith.ApplicationModule;
