package uz.roadmap.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * The questions of one mock interview, as they were when drawn (prompt, model answer and key
 * points copied, so that the mock is graded against what the learner heard), each with what became
 * of it: when it was asked, the answer, the recording, and the learner's and the mentor's grades.
 */
record MockSheet(List<Question> questions) {

    MockSheet {
        questions = List.copyOf(questions);
    }

    Optional<Question> question(int number) {
        return number >= 1 && number <= questions.size() ? Optional.of(questions.get(number - 1)) : Optional.empty();
    }

    MockSheet with(Question changed) {
        var all = new ArrayList<>(questions);
        all.set(changed.number() - 1, changed);
        return new MockSheet(all);
    }

    /** A key point of the rubric; {@code terms} suggest, in either language, that a typed answer covers it. */
    record Point(LocalizedText text, boolean essential, List<String> terms) {

        Point {
            terms = List.copyOf(terms);
        }
    }

    /** A recording of the spoken answer, complete in the object store. */
    record Recording(String key, String contentType, long bytes) {
    }

    /** Which key points a grader found covered, by index. */
    record Grade(UUID grader, List<Integer> covered, Instant at) {

        Grade {
            covered = covered.stream().distinct().sorted().toList();
        }
    }

    /**
     * A question of the mock.
     *
     * @param number its place in the mock, from 1
     * @param askedAt when it was put to the learner (its think time starts then)
     * @param answeredAt when the learner ended the answer; null while open, or when the time ran out unanswered
     * @param secondsUsed how long the answer took
     * @param typed the answer, when it was typed instead of spoken
     * @param spoken whether the learner answered aloud (a recording is on its way, or here)
     */
    record Question(int number, String slug, String topic, int difficulty, LocalizedText prompt, LocalizedText answer,
            List<Point> keyPoints, @Nullable Instant askedAt, @Nullable Instant answeredAt, int secondsUsed,
            @Nullable String typed, List<Integer> suggested, boolean spoken, @Nullable Recording recording,
            @Nullable Grade self, @Nullable Grade mentor) {

        Question {
            keyPoints = List.copyOf(keyPoints);
            suggested = List.copyOf(suggested);
        }

        static Question drawn(int number, String slug, String topic, int difficulty, LocalizedText prompt,
                LocalizedText answer, List<Point> keyPoints) {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, null, null, 0, null, List.of(),
                    false, null, null, null);
        }

        /** The moment after which no answer is taken: think time, answer time and a grace for the network. */
        @Nullable
        Instant deadline(Duration think, Duration answer, Duration grace) {
            return askedAt == null ? null : askedAt.plus(think).plus(answer).plus(grace);
        }

        /** Answered, or asked and left until its time ran out. */
        boolean done(Instant now, Duration think, Duration answer, Duration grace) {
            var deadline = deadline(think, answer, grace);
            return answeredAt != null || deadline != null && now.isAfter(deadline);
        }

        Question asked(Instant at) {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, at, answeredAt, secondsUsed,
                    typed, suggested, spoken, recording, self, mentor);
        }

        Question answered(Instant at, int seconds, @Nullable String text, List<Integer> suggestedTicks, boolean aloud) {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, askedAt, at, seconds, text,
                    suggestedTicks, aloud, recording, self, mentor);
        }

        Question recorded(Recording made) {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, askedAt, answeredAt,
                    secondsUsed, typed, suggested, true, made, self, mentor);
        }

        Question withoutRecording() {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, askedAt, answeredAt,
                    secondsUsed, typed, suggested, spoken, null, self, mentor);
        }

        Question gradedBySelf(Grade grade) {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, askedAt, answeredAt,
                    secondsUsed, typed, suggested, spoken, recording, grade, mentor);
        }

        Question gradedByMentor(Grade grade) {
            return new Question(number, slug, topic, difficulty, prompt, answer, keyPoints, askedAt, answeredAt,
                    secondsUsed, typed, suggested, spoken, recording, self, grade);
        }

        /** The indexes of the essential key points a grade left uncovered. */
        List<Integer> essentialMissed(Grade grade) {
            var missed = new ArrayList<Integer>();
            for (var index = 0; index < keyPoints.size(); index++) {
                if (keyPoints.get(index).essential() && !grade.covered().contains(index)) {
                    missed.add(index);
                }
            }
            return missed;
        }

        /** The share of key points a grade found covered, 0 to 1. */
        double coverage(Grade grade) {
            return keyPoints.isEmpty() ? 0 : (double) grade.covered().size() / keyPoints.size();
        }
    }
}
