package uz.roadmap.curriculum;

import java.util.Map;
import java.util.StringJoiner;

/**
 * What an import did.
 *
 * @param imported false when the content had not changed since the last import and nothing was written
 * @param counts per kind of item (weeks, topics, questions, selfTestItems, tasks)
 */
public record ImportReport(String roadmap, boolean imported, Map<String, Counts> counts) {

    public record Counts(int inserted, int updated, int unchanged, int retired) {

        /** How many items of the kind the roadmap now holds. */
        public int total() {
            return inserted + updated + unchanged;
        }
    }

    /** What the import did, in a line: {@code unchanged}, or e.g. {@code 8 weeks, 46 topics, … (12 new, 3 changed, 1 retired)}. */
    public String summary() {
        if (!imported) {
            return "unchanged";
        }
        var items = new StringJoiner(", ");
        counts.forEach((kind, count) -> items.add(count.total() + " " + kind.replaceAll("([A-Z])", " $1").toLowerCase()));
        var values = counts.values();
        return items + " (" + values.stream().mapToInt(Counts::inserted).sum() + " new, "
                + values.stream().mapToInt(Counts::updated).sum() + " changed, "
                + values.stream().mapToInt(Counts::retired).sum() + " retired)";
    }

    public static ImportReport unchangedOf(String roadmap) {
        return new ImportReport(roadmap, false, Map.of());
    }
}
