package uz.roadmap.curriculum;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir the folder of roadmaps, one sub-folder with a {@code roadmap.yaml} each ({@code ROADMAP_CONTENT_DIR});
 *        unset, the roadmaps shipped inside the application
 * @param importOnStart whether changed content is imported when the application starts
 */
@ConfigurationProperties("roadmap.content")
record CurriculumProperties(@Nullable Path dir, @DefaultValue("true") boolean importOnStart) {
}
