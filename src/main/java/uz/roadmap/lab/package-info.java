/**
 * Labs: auto-graded practice. The SQL judge runs a learner's query in a PostgreSQL sandbox that is
 * never the system of record, on the visible dataset and on hidden variants of it, compares the
 * result with the reference query's (and, in EXPLAIN labs, grades the plan), and publishes
 * {@link uz.roadmap.lab.LabAttempted} with the verdict. Submissions are stored first and judged by
 * a bounded worker, so a busy judge never holds up the rest of the application.
 */
@ApplicationModule(displayName = "Labs", allowedDependencies = { "shared", "platform", "account", "curriculum", "grpc" })
@NullMarked
package uz.roadmap.lab;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
