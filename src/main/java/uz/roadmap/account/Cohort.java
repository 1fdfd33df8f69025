package uz.roadmap.account;

import java.util.UUID;

/**
 * A mentor's group of learners. The invite code is what learners type to join.
 */
public record Cohort(UUID id, String name, UUID mentor, String inviteCode, int learners) {
}
