package uz.roadmap.curriculum;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir the folder of roadmaps, one sub-folder with a {@code roadmap.yaml} each ({@code ROADMAP_CONTENT_DIR})
 * @param importOnStart whether changed content is imported when the application starts
 */
@ConfigurationProperties("roadmap.content")
record CurriculumProperties(@DefaultValue("content") Path dir, @DefaultValue("true") boolean importOnStart) {
}
