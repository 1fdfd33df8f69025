package uz.roadmap.curriculum;

import java.util.Map;

/**
 * What an import did.
 *
 * @param imported false when the content had not changed since the last import and nothing was written
 * @param counts per kind of item (weeks, topics, questions, selfTestItems, tasks)
 */
public record ImportReport(String roadmap, boolean imported, Map<String, Counts> counts) {

    public record Counts(int inserted, int updated, int unchanged, int retired) {
    }

    public static ImportReport unchangedOf(String roadmap) {
        return new ImportReport(roadmap, false, Map.of());
    }
}
