package uz.roadmap.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentor's view of a cohort: each learner's level on every topic, last activity, streak, and
 * whether they are at risk.
 *
 * @param topics the roadmap's topics in matrix order; each learner's levels follow it
 */
public record CohortBoard(UUID cohort, String name, List<String> topics, List<Row> learners) {

    /**
     * @param atRisk inactive for three days or more, or a topic slipping
     */
    public record Row(UUID learner, String displayName, List<Integer> levels, int slipping,
            @Nullable LocalDate lastActive, int streak, boolean atRisk) {
    }
}
