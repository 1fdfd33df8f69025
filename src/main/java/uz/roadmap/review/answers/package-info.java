/**
 * Written answers: drafts, submissions, self-checks and ratings, and the key-point matcher that
 * suggests the ticks.
 */
@NullMarked
package uz.roadmap.review.answers;

import org.jspecify.annotations.NullMarked;
