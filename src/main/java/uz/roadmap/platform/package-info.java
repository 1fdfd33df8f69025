/**
 * Cross-cutting edges every feature relies on: error responses, security, rate limiting, the
 * bridge that externalizes domain events to RabbitMQ, the embedded database of local mode, object
 * storage and server information. Feature modules use its API ({@link uz.roadmap.platform.ObjectStore})
 * and never its internals.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = { "shared", "grpc" })
@NullMarked
package uz.roadmap.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
