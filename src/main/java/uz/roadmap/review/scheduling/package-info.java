/**
 * The FSRS-6 scheduler: plain Java, no Spring.
 */
@NullMarked
package uz.roadmap.review.scheduling;

import org.jspecify.annotations.NullMarked;
