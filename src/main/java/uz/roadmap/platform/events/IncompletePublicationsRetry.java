package uz.roadmap.platform.events;

import java.time.Duration;

import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again what the broker has not confirmed: events whose publication is still incomplete
 * after the retry interval, e.g. because RabbitMQ was down when they were committed.
 */
@Component
@Profile("full")
class IncompletePublicationsRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration minimumAge;

    IncompletePublicationsRetry(IncompleteEventPublications incomplete,
            EventProperties properties) {
        this.incomplete = incomplete;
        this.minimumAge = properties.retryInterval();
    }

    @Scheduled(fixedDelayString = "${roadmap.events.retry-interval:1m}",
            initialDelayString = "${roadmap.events.retry-interval:1m}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(minimumAge);
    }
}
