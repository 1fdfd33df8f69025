/**
 * Assessment: the weekly self-tests and the mock interviews. A self-test attempt draws the week's
 * items by the roadmap's blueprint, is answered item by item with how sure the learner is, and is
 * scored only on the server when it is submitted (or when its time is up); it publishes
 * {@link uz.roadmap.assessment.SelfTestSubmitted}. A mock interview draws questions from the weeks
 * studied, leaning toward weak topics (read from the review module's recall query), is answered
 * aloud within its time, graded by the learner against the key points (and by their mentor), and
 * publishes {@link uz.roadmap.assessment.MockInterviewCompleted}; its poor answers are rated into
 * review cards through the review module's {@link uz.roadmap.review.QuestionRatings} command. Review
 * never depends on assessment, so there is no cycle.
 */
@ApplicationModule(displayName = "Assessment",
        allowedDependencies = { "shared", "platform", "account", "curriculum", "review", "grpc" })
@NullMarked
package uz.roadmap.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
