package uz.roadmap.progress;

import java.io.PrintStream;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code progress rebuild}: rebuilds the progress read model from the records of the modules that
 * own the facts (reviews, answers, self-tests, mock interviews, lab verdicts), printing progress as
 * it goes, and exits. Nothing is served meanwhile; run it with the application's replicas stopped,
 * or events recorded during the rebuild may be told twice (which changes nothing) or missed until
 * the next one.
 */
public final class RebuildCommand {

    public static final String NAME = "progress";

    private RebuildCommand() {
    }

    public static int run(Class<?> application, String[] arguments, PrintStream out) {
        if (arguments.length < 2 || !arguments[1].equals("rebuild")) {
            out.println("usage: progress rebuild [--spring.option=value …]");
            return 2;
        }
        var settings = Stream.concat(Stream.of("--spring.grpc.server.enabled=false",
                "--roadmap.content.import-on-start=false", "--spring.main.banner-mode=off"),
                Stream.of(arguments).skip(2));
        try (var context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(settings.toArray(String[]::new))) {
            var learners = context.getBean(Rebuild.class).all(out::println);
            out.println("progress: rebuilt for " + learners + " learner(s)");
            return 0;
        }
    }
}
