/**
 * Value types every module may use, and nothing else.
 */
@ApplicationModule(displayName = "Shared")
@NullMarked
package uz.roadmap.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
