package uz.roadmap.lab;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A submission was stored and waits for the judge: the work item. In local mode the in-process
 * worker takes it up after the commit; in full mode it travels through RabbitMQ to whichever
 * replica's consumer is free.
 */
@Externalized("roadmap.events::lab.submission-received")
record SubmissionReceived(UUID submission) {
}
