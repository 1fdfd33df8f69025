/**
 * The assessment module's pages and REST API.
 */
@NullMarked
package uz.roadmap.assessment.web;

import org.jspecify.annotations.NullMarked;
