package uz.roadmap.assessment;

/**
 * Where an attempt is: open while the learner answers, then submitted — by the learner, or by the
 * server as it stood when its time ran out (expired). A closed attempt never changes again.
 */
public enum AttemptStatus {
    STARTED, SUBMITTED, EXPIRED
}
