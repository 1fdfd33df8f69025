package uz.roadmap.account;

import java.time.Instant;
import java.util.UUID;

/** A learner of a cohort, as their mentor sees them. */
public record CohortMember(UUID learner, String displayName, Instant joinedAt) {
}
