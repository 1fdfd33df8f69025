/**
 * Object storage on the local disk, for local mode.
 */
@NullMarked
package uz.roadmap.platform.storage;

import org.jspecify.annotations.NullMarked;
