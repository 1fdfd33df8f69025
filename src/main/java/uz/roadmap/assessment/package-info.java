/**
 * Assessment: the weekly self-tests, marked with certainty-based marking. An attempt draws the
 * week's items by the roadmap's blueprint, is answered item by item with how sure the learner is,
 * and is scored only on the server when it is submitted (or when its time is up). Each submitted
 * attempt publishes {@link uz.roadmap.assessment.SelfTestSubmitted}, the evidence competency levels
 * rest on.
 */
@ApplicationModule(displayName = "Assessment", allowedDependencies = { "shared", "platform", "account", "curriculum", "grpc" })
@NullMarked
package uz.roadmap.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
