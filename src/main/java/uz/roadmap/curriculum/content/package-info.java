/**
 * Reading and validating the roadmap content files.
 */
@NullMarked
package uz.roadmap.curriculum.content;

import org.jspecify.annotations.NullMarked;
