/**
 * The review module's pages and REST API.
 */
@NullMarked
package uz.roadmap.review.web;

import org.jspecify.annotations.NullMarked;
