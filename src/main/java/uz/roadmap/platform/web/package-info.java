/**
 * The web edge every module shares: the page layout and home page, languages, Markdown, problem
 * details and error pages, checks of bad input, idempotency keys and request limits.
 */
@NullMarked
package uz.roadmap.platform.web;

import org.jspecify.annotations.NullMarked;
