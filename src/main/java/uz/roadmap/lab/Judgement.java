package uz.roadmap.lab;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * A verdict with what explains it.
 *
 * @param explanation why, in both languages
 * @param expectedRows the reference's row count on the visible dataset, -1 when not compared
 * @param receivedRows the submission's, -1 when not compared
 * @param missing the first rows the reference has and the submission does not (visible dataset only)
 * @param extra the first rows the submission has and the reference does not (visible dataset only)
 * @param error PostgreSQL's message for an SQL error
 * @param errorPosition where in the submission the error is (1-based), if PostgreSQL said
 * @param plan an EXPLAIN lab's plan, its offending nodes marked
 * @param buffers the buffers the submission's plan touched (EXPLAIN labs), else 0
 * @param allowedBuffers the most buffers the lab allows (EXPLAIN labs), else 0
 */
public record Judgement(Verdict verdict, LocalizedText explanation, int expectedRows, int receivedRows,
        List<List<String>> missing, List<List<String>> extra, @Nullable String error, @Nullable Integer errorPosition,
        @Nullable PlanNode plan, long buffers, long allowedBuffers) {

    public Judgement {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    public static Judgement of(Verdict verdict, LocalizedText explanation) {
        return new Judgement(verdict, explanation, -1, -1, List.of(), List.of(), null, null, null, 0, 0);
    }
}
