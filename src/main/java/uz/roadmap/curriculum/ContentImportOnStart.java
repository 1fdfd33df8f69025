package uz.roadmap.curriculum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports changed content when the application starts, and says in the log what it imported and
 * from where. Invalid content is reported and left out:
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
            var reports = curriculum.importContent(false, log::debug);
            if (reports.isEmpty()) {
                log.warn("No roadmap found in {}: nothing imported", curriculum.contentSource());
            }
            reports.forEach(report -> log.info("Roadmap {} from {}: {}", report.roadmap(), curriculum.contentSource(),
                    report.imported() ? "imported " + report.summary() : "unchanged since the last import"));
        }
        catch (InvalidContentException invalid) {
            log.error("Content not imported. {}", invalid.getMessage());
        }
    }
}
