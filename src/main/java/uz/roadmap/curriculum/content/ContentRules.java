package uz.roadmap.curriculum.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uz.roadmap.shared.Terms;

/** The word lists content is checked against, shipped as resources under {@code curriculum/}. */
final class ContentRules {

    private ContentRules() {
    }

    /** The lines of the resources that are not blank or comments ({@code #}). */
    static List<String> lines(String resource) {
        var stream = Objects.requireNonNull(ContentRules.class.getClassLoader().getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The words of the resources, one a line, in the form the key-point matcher compares them. */
    static Set<String> words(String... resources) {
        return Stream.of(resources).flatMap(resource -> lines(resource).stream()).map(Terms::compared)
                .collect(Collectors.toUnmodifiableSet());
    }
}
