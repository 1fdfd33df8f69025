/**
 * The bridge from the event publication registry to RabbitMQ in full mode: retries of incomplete
 * publications, the outbox backlog and the broker's refusals as health.
 */
@NullMarked
package uz.roadmap.platform.events;

import org.jspecify.annotations.NullMarked;
