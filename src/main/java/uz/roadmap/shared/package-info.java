/**
 * Value types every module may use, and the one rule two modules must apply alike: how a grading
 * term is compared with a written answer ({@link uz.roadmap.shared.Terms}).
 */
@ApplicationModule(displayName = "Shared")
@NullMarked
package uz.roadmap.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
