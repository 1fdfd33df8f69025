/**
 * The curriculum module's pages and REST API.
 */
@NullMarked
package uz.roadmap.curriculum.web;

import org.jspecify.annotations.NullMarked;
