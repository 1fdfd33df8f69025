package uz.roadmap.curriculum.content;

import uz.roadmap.curriculum.Source;

/**
 * Something wrong in the content files, said plainly and pointing at the line to fix.
 */
public record ContentProblem(Source source, String message) {

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
