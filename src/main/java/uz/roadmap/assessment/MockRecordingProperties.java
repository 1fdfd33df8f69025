package uz.roadmap.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Recordings of mock-interview answers ({@code roadmap.assessment.recordings.*}).
 *
 * @param maxSize the largest recording taken (a 15-minute answer in Opus is about 2 MB)
 * @param maxChunk the largest piece of it sent in one request
 * @param retention how long recordings are kept; older ones are deleted, the mocks' grades and reports stay
 * @param retentionCheck how often the old ones are looked for
 */
@ConfigurationProperties("roadmap.assessment.recordings")
@Validated
record MockRecordingProperties(@NotNull @DefaultValue("25MB") DataSize maxSize, @NotNull @DefaultValue("2MB") DataSize maxChunk,
        @NotNull @DefaultValue("180d") Duration retention, @NotNull @DefaultValue("6h") Duration retentionCheck) {
}
