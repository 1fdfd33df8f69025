package uz.roadmap.account;

/**
 * What a user may do: learn (everybody), mentor cohorts, or run the instance.
 */
public enum Role {
    LEARNER, MENTOR, ADMIN
}
