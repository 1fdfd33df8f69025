package uz.roadmap.curriculum;

import java.io.PrintStream;
import java.nio.file.Path;

import uz.roadmap.curriculum.content.ContentReader;

/**
 * {@code validate [folder]}: checks a roadmap's content files without starting the application
 * and prints every problem as {@code file:line: message}. Exits 0 when the content is valid.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";
    static final Path DEFAULT_FOLDER = Path.of("content", "backend-8-weeks");

    private ValidateCommand() {
    }

    public static int run(String[] arguments, PrintStream out) {
        var folder = arguments.length > 1 ? Path.of(arguments[1]) : DEFAULT_FOLDER;
        var read = ContentReader.read(folder);
        read.problems().forEach(problem -> out.println(folder.resolve(problem.source().file()) + ":"
                + problem.source().line() + ": " + problem.message()));
        if (!read.valid()) {
            out.println(folder + ": " + read.problems().size() + " problem(s)");
            return 1;
        }
        var roadmap = read.roadmap();
        out.printf("%s: valid — %d weeks, %d topics, %d questions, %d self-test items, %d tasks%n", folder,
                roadmap.weeks().size(), roadmap.topics().size(), roadmap.questions().size(),
                roadmap.selfTestItems().size(), roadmap.tasks().size());
        return 0;
    }
}
