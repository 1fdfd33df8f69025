/**
 * Who may call what: the web, REST and gRPC security configuration and the routes it knows.
 */
@NullMarked
package uz.roadmap.platform.security;

import org.jspecify.annotations.NullMarked;
