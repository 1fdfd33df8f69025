package uz.roadmap.curriculum;

import java.io.PrintStream;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code import}: imports every roadmap of the content source (the folder {@code ROADMAP_CONTENT_DIR}
 * names, else the roadmaps shipped in the application) into the configured database,
 * whether or not it changed, printing progress as it goes, and exits. Nothing is served meanwhile.
 */
public final class ImportCommand {

    public static final String NAME = "import";

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] arguments, PrintStream out) {
        var settings = Stream.concat(Stream.of("--spring.grpc.server.enabled=false",
                "--roadmap.content.import-on-start=false", "--spring.main.banner-mode=off"), Stream.of(arguments));
        try (var context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(settings.toArray(String[]::new))) {
            var reports = context.getBean(Curriculum.class).importContent(true, out::println);
            reports.forEach(report -> out.println(report.roadmap() + ": " + report.summary()));
            return 0;
        }
        catch (InvalidContentException invalid) {
            out.println(invalid.getMessage());
            return 1;
        }
    }
}
