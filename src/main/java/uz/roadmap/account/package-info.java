/**
 * Accounts: learners, mentors and admins, their profiles (language, time zone, program dates,
 * daily study goal), signing in and out, and password policy.
 */
@ApplicationModule(displayName = "Account", allowedDependencies = { "shared", "platform", "grpc" })
@NullMarked
package uz.roadmap.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
