package uz.roadmap.platform.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
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
            @Value("${roadmap.events.retry-interval:1m}") Duration minimumAge) {
        this.incomplete = incomplete;
        this.minimumAge = minimumAge;
    }

    @Scheduled(fixedDelayString = "${roadmap.events.retry-interval:1m}",
            initialDelayString = "${roadmap.events.retry-interval:1m}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(minimumAge);
    }
}
