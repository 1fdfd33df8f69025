package uz.roadmap.curriculum;

import org.jspecify.annotations.Nullable;

/** Which questions to list; an empty criterion matches everything. */
public record QuestionFilter(@Nullable Integer week, @Nullable String topic, @Nullable Integer difficulty) {

    public static QuestionFilter all() {
        return new QuestionFilter(null, null, null);
    }
}
