package uz.roadmap.curriculum;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import uz.roadmap.curriculum.content.ContentProblem;
import uz.roadmap.curriculum.content.ContentReader;

/**
 * {@code validate [folder]}: checks a roadmap's content files without starting the application
 * and prints every problem as {@code file:line: message} and every warning as
 * {@code file:line: warning: message}. Exits 0 when the content is valid, warnings or not. Without a
 * folder it checks {@code content/backend-8-weeks}, or where there is none, the roadmaps shipped in the application.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    static final Path DEFAULT_FOLDER = Path.of("content", "backend-8-weeks");

    private ValidateCommand() {
    }

    public static int run(String[] arguments, PrintStream out) {
        if (arguments.length > 1) {
            return validate(Path.of(arguments[1]), Path.of(arguments[1]), out);
        }
        if (Files.isDirectory(DEFAULT_FOLDER)) {
            return validate(DEFAULT_FOLDER, DEFAULT_FOLDER, out);
        }
        // no content folder here: check the roadmaps shipped in the application
        return new ContentSource.Shipped().read(folders -> folders.stream()
                .mapToInt(folder -> validate(folder, Path.of("classpath:" + ContentSource.SHIPPED, folder.getFileName().toString()), out))
                .max().orElse(1));
    }

    /** Validates the roadmap in {@code folder}, naming files as under {@code shownAs}. */
    private static int validate(Path folder, Path shownAs, PrintStream out) {
        var read = ContentReader.read(folder);
        read.problems().forEach(problem -> print(shownAs, problem, "", out));
        read.warnings().forEach(warning -> print(shownAs, warning, "warning: ", out));
        if (!read.valid()) {
            out.println(shownAs + ": " + read.problems().size() + " problem(s), " + read.warnings().size() + " warning(s)");
            return 1;
        }
        var roadmap = read.roadmap();
        out.printf("%s: valid — %d weeks, %d topics, %d questions, %d self-test items, %d tasks%s%n", shownAs,
                roadmap.weeks().size(), roadmap.topics().size(), roadmap.questions().size(),
                roadmap.selfTestItems().size(), roadmap.tasks().size(),
                read.warnings().isEmpty() ? "" : "; " + read.warnings().size() + " warning(s)");
        return 0;
    }

    private static void print(Path folder, ContentProblem problem, String kind, PrintStream out) {
        out.println(folder.resolve(problem.source().file()) + ":" + problem.source().line() + ": " + kind + problem.message());
    }
}
