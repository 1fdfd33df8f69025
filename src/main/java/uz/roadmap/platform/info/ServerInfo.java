package uz.roadmap.platform.info;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a client needs to know about the server it talks to.
 */
@Schema(name = "ServerInfo")
record ServerInfo(
        @Schema(example = "backend-roadmap") String name,
        @Schema(example = "0.1.0") String version,
        Instant serverTime,
        @Schema(example = "Asia/Tashkent") String timeZone,
        @Schema(description = "local: embedded services for one learner; full: external services, several replicas",
                allowableValues = { "local", "full" }) String mode) {
}
