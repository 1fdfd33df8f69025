/**
 * The catalog of imported roadmaps: reading it, and writing an import of the content into it.
 */
@NullMarked
package uz.roadmap.curriculum.catalog;

import org.jspecify.annotations.NullMarked;
