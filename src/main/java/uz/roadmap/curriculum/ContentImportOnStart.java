package uz.roadmap.curriculum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports changed content when the application starts. Invalid content is reported and left out:
 * the application keeps serving what it imported before.
 */
@Component
class ContentImportOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentImportOnStart.class);

    private final Curriculum curriculum;
    private final CurriculumProperties properties;

    ContentImportOnStart(Curriculum curriculum, CurriculumProperties properties) {
        this.curriculum = curriculum;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!properties.importOnStart()) {
            return;
        }
        try {
            curriculum.importContent(false, log::info).forEach(report -> log.info("Content of {}: {}",
                    report.roadmap(), report.imported() ? report.counts() : "unchanged"));
        }
        catch (InvalidContentException invalid) {
            log.error("Content not imported. {}", invalid.getMessage());
        }
    }
}
