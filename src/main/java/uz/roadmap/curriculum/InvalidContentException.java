package uz.roadmap.curriculum;

import java.nio.file.Path;
import java.util.List;

/**
 * Content that has problems is never imported; this carries the problems, one per line.
 */
public class InvalidContentException extends RuntimeException {

    private final List<String> problems;

    public InvalidContentException(Path folder, List<String> problems) {
        super(folder + " has " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
