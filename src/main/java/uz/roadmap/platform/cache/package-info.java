/**
 * The cache configuration: Redis in full mode, in memory in local mode.
 */
@NullMarked
package uz.roadmap.platform.cache;

import org.jspecify.annotations.NullMarked;
