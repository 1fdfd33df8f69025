/**
 * Progress: competency levels of every topic from evidence, the readiness forecast for the
 * interview date, activity and streaks, and the mentor's cohort board. It only listens: its tables
 * are a read model fed by other modules' events ({@code CardReviewed}, {@code AnswerSubmitted},
 * {@code SelfTestSubmitted}, {@code MockInterviewCompleted}, {@code LabAttempted}) and rebuildable
 * from their records; nothing calls it to make it update, and no module depends on it.
 */
@ApplicationModule(displayName = "Progress",
        allowedDependencies = { "shared", "platform", "account", "curriculum", "review", "assessment", "plan", "lab", "grpc" })
@NullMarked
package uz.roadmap.progress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
