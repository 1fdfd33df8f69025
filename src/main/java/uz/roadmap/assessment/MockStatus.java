package uz.roadmap.assessment;

/**
 * Where a mock interview is: its questions drawn ({@code STARTED}), being asked and answered one by
 * one ({@code ANSWERING}), graded by the learner against the key points ({@code GRADING}), and done
 * ({@code COMPLETED}), with its report.
 */
public enum MockStatus {
    STARTED, ANSWERING, GRADING, COMPLETED
}
