/** The progress module's REST API and web pages. */
@NullMarked
package uz.roadmap.progress.web;

import org.jspecify.annotations.NullMarked;
