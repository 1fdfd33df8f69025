package uz.roadmap.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.ContentImported;
import uz.roadmap.curriculum.Curriculum;

/**
 * A roadmap as the level rules see it — its topics with their questions, labs and self-test items,
 * and the rules — kept in memory for ten minutes (and dropped at once when this replica imports content), so that a
 * matrix costs no more than the learner's own facts.
 */
@Component
class Syllabus {

    private static final Duration KEEP = Duration.ofMinutes(10);

    /** A roadmap's shape: its topics in matrix order and its level rules. */
    record Shape(String roadmap, List<Levels.Topic> topics, Content.LevelRules rules, Instant read) {

        Optional<Levels.Topic> topic(String slug) {
            return topics.stream().filter(topic -> topic.slug().equals(slug)).findFirst();
        }

        /** The topic of each question. */
        Map<String, String> topicOfQuestion() {
            return topics.stream().flatMap(topic -> topic.questions().stream().map(question -> Map.entry(question.slug(), topic.slug())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
        }
    }

    private final Curriculum curriculum;
    private final Clock clock;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    Syllabus(Curriculum curriculum, Clock clock) {
        this.curriculum = curriculum;
        this.clock = clock;
    }

    Optional<Shape> of(String roadmap) {
        var now = clock.instant();
        var kept = shapes.get(roadmap);
        if (kept != null && kept.read().plus(KEEP).isAfter(now) && !kept.read().isAfter(now)) {
            return Optional.of(kept);
        }
        var read = read(roadmap, now);
        read.ifPresent(shape -> shapes.put(roadmap, shape));
        return read;
    }

    @EventListener
    void contentImported(ContentImported imported) {
        shapes.remove(imported.roadmap());
    }

    private Optional<Shape> read(String roadmap, Instant now) {
        return curriculum.export(roadmap).map(export -> {
            var questions = export.questions().stream().collect(Collectors.groupingBy(Content.Question::topic));
            var selfTested = export.selfTestItems().stream().map(Content.SelfTestQuestion::topic).collect(Collectors.toSet());
            var topics = export.topics().stream()
                    .sorted(Comparator.comparingInt(Content.Topic::week))
                    .map(topic -> new Levels.Topic(topic.slug(), topic.week(), topic.title(),
                            questions.getOrDefault(topic.slug(), List.of()).stream()
                                    .map(question -> new Levels.Question(question.slug(), question.difficulty())).toList(),
                            export.tasks().stream().filter(task -> task.lab() != null && task.topics().contains(topic.slug()))
                                    .map(Content.Task::slug).toList(),
                            selfTested.contains(topic.slug())))
                    .toList();
            return new Shape(roadmap, topics, export.roadmap().rules().levelRules(), now);
        });
    }
}
