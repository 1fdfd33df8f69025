package uz.roadmap.lab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A learner's submission to an auto-graded lab was judged: the evidence a topic's level rests on
 * ({@code topics} are the lab's).
 */
@Externalized("roadmap.events::lab.lab-attempted")
public record LabAttempted(UUID submission, UUID learner, String roadmap, String lab, List<String> topics, Verdict verdict,
        Instant judgedAt) {
}
