package uz.roadmap.plan;

/**
 * Where a learner's study timer is: counting ({@code RUNNING}), held ({@code PAUSED}) or not in use.
 */
public enum TimerStatus {
    STOPPED, RUNNING, PAUSED
}
