/**
 * The roadmap's content: weeks, the competency matrix's topics and their level descriptions,
 * interview questions with their rubrics, self-test items and practice tasks. Content is code: it
 * is written as files under {@code content/}, validated, and imported into the {@code curriculum}
 * schema.
 */
@ApplicationModule(displayName = "Curriculum", allowedDependencies = { "shared", "platform", "grpc" })
@NullMarked
package uz.roadmap.curriculum;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
