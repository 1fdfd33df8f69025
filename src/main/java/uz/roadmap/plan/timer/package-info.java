/**
 * The study timer's store: in the database in local mode, written behind through Redis in full
 * mode.
 */
@NullMarked
package uz.roadmap.plan.timer;

import org.jspecify.annotations.NullMarked;
