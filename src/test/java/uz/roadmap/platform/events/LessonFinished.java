package uz.roadmap.platform.events;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A domain event that exists only in tests, routed as every real one is. */
@Externalized(RabbitEventBridge.EXCHANGE + "::test.lesson-finished")
record LessonFinished(UUID lessonId) {
}
