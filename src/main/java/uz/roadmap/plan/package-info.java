/**
 * The daily plan: the program clock (day N of 56 in the learner's time zone) and what today holds —
 * the week's focus topics, today's new questions by the roadmap's quota, the reviews due, the
 * study-hours goal, the weekly self-tests waiting to be taken and, in week 8, a mock interview — and
 * the study timer that counts the day's study time against that goal.
 */
@ApplicationModule(displayName = "Plan",
        allowedDependencies = { "shared", "platform", "account", "curriculum", "review", "assessment", "grpc" })
@NullMarked
package uz.roadmap.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
