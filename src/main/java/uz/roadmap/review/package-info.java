/**
 * Spaced repetition: cards for the questions a learner has met, the FSRS-6 scheduler, the review
 * log, written answers and their key-point self-checks.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = { "shared", "platform", "account", "curriculum", "grpc" })
@NullMarked
package uz.roadmap.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
