/**
 * Rate limits per route group and client (Bucket4j; buckets in Redis in full mode, in memory in
 * local mode), for HTTP and gRPC.
 */
@NullMarked
package uz.roadmap.platform.ratelimit;

import org.jspecify.annotations.NullMarked;
