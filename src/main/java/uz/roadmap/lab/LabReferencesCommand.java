package uz.roadmap.lab;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.lab.judge.Judge;

/**
 * {@code validate --labs}: after the content files are valid, imports them, then runs every lab's
 * reference on the visible dataset and on every hidden variant in a sandbox (an embedded one unless
 * {@code ROADMAP_LABS_DATASOURCE_URL} names a server) and prints {@code lab: problem} for a reference
 * that fails, returns nothing, or is not deterministic. Exits 1 when any reference has a problem.
 */
public final class LabReferencesCommand {

    public static final String FLAG = "--labs";

    private LabReferencesCommand() {
    }

    public static int run(Class<?> application, String[] arguments, PrintStream out) {
        var settings = Stream.concat(Stream.of("--spring.grpc.server.enabled=false", "--roadmap.content.import-on-start=true",
                "--spring.main.banner-mode=off", "--roadmap.labs.sweep=1h"), Stream.of(arguments));
        try (var context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(settings.toArray(String[]::new))) {
            var curriculum = context.getBean(Curriculum.class);
            var judge = context.getBean(Judge.class);
            var failed = 0;
            for (var overview : curriculum.roadmaps()) {
                for (var task : curriculum.labs(overview.slug())) {
                    var problems = judge.referenceProblems(overview.slug(), Objects.requireNonNull(task.lab()));
                    problems.forEach(problem -> out.println(task.slug() + ": " + problem));
                    failed += problems.isEmpty() ? 0 : 1;
                    if (problems.isEmpty()) {
                        out.println(task.slug() + ": the reference is deterministic on every variant");
                    }
                }
            }
            out.println(failed == 0 ? "every lab's reference is sound" : failed + " lab(s) with a problem");
            return failed == 0 ? 0 : 1;
        }
        catch (SQLException sandbox) {
            out.println("the sandbox failed: " + sandbox.getMessage());
            return 1;
        }
    }
}
