/**
 * The application: its entry point and the modules below it, one package each.
 */
@NullMarked
package uz.roadmap;

import org.jspecify.annotations.NullMarked;
