package uz.roadmap.lab;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountDeleted;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.lab.judge.Guard;
import uz.roadmap.lab.judge.Judge;

/**
 * Submitting to an auto-graded lab: a learner submits a query, which is stored pending and judged by
 * a worker; they read its verdict and their earlier submissions, and may run a query ungraded.
 */
@Service
public class Labs {

    /** How many of a learner's submissions to a lab the history shows. */
    public static final int HISTORY = 50;

    private final Submissions submissions;
    private final Curriculum curriculum;
    private final Judge judge;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Labs(Submissions submissions, Curriculum curriculum, Judge judge, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.curriculum = curriculum;
        this.judge = judge;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a submission. */
    public sealed interface Submit {
    }

    /** Stored, pending: the verdict follows as soon as a worker has judged it. */
    public record Received(SubmissionView submission) implements Submit {
    }

    /** The roadmap has no such lab. */
    public record UnknownLab() implements Submit, Run {
    }

    /** Longer than {@link Guard#MAX_LENGTH} characters. */
    public record TooLong(int limit) implements Submit, Run {
    }

    /** Stores a submission to be judged. */
    @Transactional
    public Submit submit(UUID learner, String roadmap, String lab, String sql) {
        if (curriculum.lab(roadmap, lab).isEmpty()) {
            return new UnknownLab();
        }
        if (sql.length() > Guard.MAX_LENGTH) {
            return new TooLong(Guard.MAX_LENGTH);
        }
        var submission = submissions.save(Submission.receive(learner, roadmap, lab, sql, clock.instant()));
        events.publishEvent(new SubmissionReceived(submission.id()));
        return new Received(submission.view());
    }

    /** One of the learner's submissions, with its verdict once judged. */
    public Optional<SubmissionView> submission(UUID learner, UUID submission) {
        return submissions.findByIdAndLearner(submission, learner).map(Submission::view);
    }

    /** The learner's latest submissions to a lab, newest first. */
    public List<SubmissionView> history(UUID learner, String roadmap, String lab) {
        return submissions.latest(learner, roadmap, lab, HISTORY).stream().map(Submission::view).toList();
    }

    /** The labs of the roadmap the learner has solved. */
    public List<String> solved(UUID learner, String roadmap) {
        return submissions.solved(learner, roadmap);
    }

    /** What became of a Run. */
    public sealed interface Run {
    }

    /** The result on the visible dataset, at most {@value Judge#RUN_ROWS} rows ({@code more} when there were more). */
    public record Ran(List<String> columns, List<List<String>> rows, boolean more) implements Run {
    }

    /** No result: the query was refused or failed; the judgement says why. */
    public record NotRun(Judgement why) implements Run {
    }

    /** Runs a query ungraded on the lab's visible dataset. */
    public Run run(UUID learner, String roadmap, String lab, String sql) throws SQLException {
        var task = curriculum.lab(roadmap, lab);
        if (task.isEmpty()) {
            return new UnknownLab();
        }
        if (sql.length() > Guard.MAX_LENGTH) {
            return new TooLong(Guard.MAX_LENGTH);
        }
        return switch (judge.run(roadmap, lab(task.get()), sql)) {
            case Judge.Shown(var table, var more) -> new Ran(table.columns().stream().map(column -> column.label()).toList(),
                    table.printed(Judge.RUN_ROWS), more);
            case Judge.NotShown(var why) -> new NotRun(why);
        };
    }

    /** The tables of a lab's dataset, for its page. */
    public List<Judge.Table> schema(String roadmap, String lab) throws SQLException {
        var task = curriculum.lab(roadmap, lab);
        return task.isEmpty() ? List.of() : judge.schema(roadmap, lab(task.get()));
    }

    /** The lab's task, if the roadmap has it. */
    public Optional<Task> task(String roadmap, String lab) {
        return curriculum.lab(roadmap, lab);
    }

    /** The roadmap's labs. */
    public List<Task> labs(String roadmap) {
        return curriculum.labs(roadmap);
    }

    private static uz.roadmap.curriculum.Content.Lab lab(Task task) {
        return java.util.Objects.requireNonNull(task.lab());
    }

    /** A deleted account's submissions go with it. */
    @ApplicationModuleListener
    void forget(AccountDeleted deleted) {
        submissions.deleteByLearner(deleted.account());
    }

    List<SubmissionView> personalData(UUID learner) {
        return submissions.findByLearnerOrderBySubmittedAt(learner).stream().map(Submission::view).toList();
    }
}
