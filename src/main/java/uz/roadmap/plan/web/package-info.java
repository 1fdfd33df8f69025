/**
 * The plan module's pages and REST API.
 */
@NullMarked
package uz.roadmap.plan.web;

import org.jspecify.annotations.NullMarked;
