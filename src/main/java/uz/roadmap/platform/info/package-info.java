/**
 * The server's own information (name, version, time, time zone, mode) over REST and gRPC.
 */
@NullMarked
package uz.roadmap.platform.info;

import org.jspecify.annotations.NullMarked;
