package uz.roadmap.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings shared by the whole application.
 *
 * @param dataDir where local mode keeps its embedded database and files ({@code ROADMAP_DATA_DIR})
 * @param timeZone the server's time zone, used where a learner has not chosen one
 */
@Validated
@ConfigurationProperties("roadmap")
public record RoadmapProperties(@NotNull Path dataDir, @NotNull ZoneId timeZone) {
}
