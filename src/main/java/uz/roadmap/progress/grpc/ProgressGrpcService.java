package uz.roadmap.progress.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.text;
import static uz.roadmap.grpc.GrpcSupport.timestamp;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.account.Role;
import uz.roadmap.grpc.v1.Action;
import uz.roadmap.grpc.v1.Activity;
import uz.roadmap.grpc.v1.ActivityDay;
import uz.roadmap.grpc.v1.CohortBoard;
import uz.roadmap.grpc.v1.CohortBoardRequest;
import uz.roadmap.grpc.v1.CohortLearner;
import uz.roadmap.grpc.v1.CompetencyMatrix;
import uz.roadmap.grpc.v1.DueDay;
import uz.roadmap.grpc.v1.Evidence;
import uz.roadmap.grpc.v1.LevelCheck;
import uz.roadmap.grpc.v1.ProgressRequest;
import uz.roadmap.grpc.v1.ProgressServiceGrpc;
import uz.roadmap.grpc.v1.Readiness;
import uz.roadmap.grpc.v1.Requirement;
import uz.roadmap.grpc.v1.TopicOutlook;
import uz.roadmap.grpc.v1.TopicProgressRequest;
import uz.roadmap.progress.ActivityReport;
import uz.roadmap.progress.Competencies;
import uz.roadmap.progress.Outlook;
import uz.roadmap.progress.TopicProgress;

/**
 * The caller's progress over gRPC: the same reads and rules as the REST API.
 */
@Service
class ProgressGrpcService extends ProgressServiceGrpc.ProgressServiceImplBase {

    private static final String ROADMAP = "backend-8-weeks";

    private final Competencies competencies;
    private final Outlook outlook;

    ProgressGrpcService(Competencies competencies, Outlook outlook) {
        this.competencies = competencies;
        this.outlook = outlook;
    }

    @Override
    public void getMatrix(ProgressRequest request, StreamObserver<CompetencyMatrix> response) {
        reply(response, competencies.matrix(caller(), roadmap(request.getRoadmap())).map(matrix -> CompetencyMatrix.newBuilder()
                .setRoadmap(matrix.roadmap()).addAllTopics(matrix.topics().stream().map(ProgressGrpcService::topic).toList())
                .addAllAvailable(matrix.available().stream().map(Enum::name).toList()).build()), "No such roadmap");
    }

    @Override
    public void getTopicProgress(TopicProgressRequest request, StreamObserver<uz.roadmap.grpc.v1.TopicProgress> response) {
        reply(response, competencies.topic(caller(), roadmap(request.getRoadmap()), request.getTopic())
                .map(ProgressGrpcService::topic), "No such topic");
    }

    @Override
    public void getReadiness(ProgressRequest request, StreamObserver<Readiness> response) {
        reply(response, outlook.readiness(caller(), roadmap(request.getRoadmap())).map(readiness -> Readiness.newBuilder()
                .setTarget(date(readiness.target())).setInterviewDate(date(readiness.interviewDate()))
                .setProgramEnd(date(readiness.programEnd()))
                .addAllTopics(readiness.topics().stream().map(ProgressGrpcService::outlook).toList())
                .setLevelsPerDay(readiness.levelsPerDay()).setLevelsToGo(readiness.levelsToGo())
                .setAllAtThreeBy(date(readiness.allAtThreeBy())).setVerdict(readiness.verdict().name())
                .addAllFocus(readiness.focus().stream().map(ProgressGrpcService::outlook).toList()).build()), "No such roadmap");
    }

    @Override
    public void getActivity(ProgressRequest request, StreamObserver<Activity> response) {
        ActivityReport activity = outlook.activity(caller());
        reply(response, Optional.of(Activity.newBuilder()
                .addAllDays(activity.days().stream().map(day -> ActivityDay.newBuilder().setDate(day.date().toString())
                        .setReviews(day.reviews()).setAnswers(day.answers()).setMinutes(day.minutes()).build()).toList())
                .setStreak(activity.streak()).setStreakMinimum(activity.streakMinimum()).setHoursGoal(activity.hoursGoal())
                .setRetentionReviews(activity.retention().reviews()).setRetentionPercent(activity.retention().percent())
                .setDesiredRetentionPercent(activity.retention().desired())
                .addAllDue(activity.due().stream().map(day -> DueDay.newBuilder().setDate(day.date().toString())
                        .setReviews(day.reviews()).build()).toList())
                .build()), "");
    }

    @Override
    public void getCohortBoard(CohortBoardRequest request, StreamObserver<CohortBoard> response) {
        UUID cohort;
        try {
            cohort = UUID.fromString(request.getCohort());
        }
        catch (IllegalArgumentException malformed) {
            response.onError(invalid("cohort must be a cohort id"));
            return;
        }
        var role = role(SecurityContextHolder.getContext().getAuthentication());
        var board = role == Role.LEARNER ? Optional.<uz.roadmap.progress.CohortBoard>empty()
                : outlook.board(cohort, caller(), role, roadmap(request.getRoadmap()));
        reply(response, board.map(found -> CohortBoard.newBuilder().setCohort(found.cohort().toString()).setName(found.name())
                .addAllTopics(found.topics())
                .addAllLearners(found.learners().stream().map(row -> CohortLearner.newBuilder()
                        .setLearner(row.learner().toString()).setDisplayName(row.displayName()).addAllLevels(row.levels())
                        .setSlipping(row.slipping()).setLastActive(date(row.lastActive())).setStreak(row.streak())
                        .setAtRisk(row.atRisk()).build()).toList())
                .build()), "No such cohort");
    }

    private static uz.roadmap.grpc.v1.TopicProgress topic(TopicProgress topic) {
        return uz.roadmap.grpc.v1.TopicProgress.newBuilder().setTopic(topic.topic()).setWeek(topic.week())
                .setTitle(text(topic.title())).setLevel(topic.level()).setReached(topic.reached())
                .setSlipping(topic.slipping()).setToNext(topic.toNext())
                .addAllLevels(topic.levels().stream().map(level -> LevelCheck.newBuilder().setLevel(level.level())
                        .setMet(level.met())
                        .addAllRequirements(level.requirements().stream().map(requirement -> Requirement.newBuilder()
                                .setKind(requirement.kind()).setStatus(requirement.status().name()).setDone(requirement.done())
                                .addAllEvidence(requirement.evidence().stream().map(ProgressGrpcService::evidence).toList())
                                .addAllActions(requirement.actions().stream().map(action -> Action.newBuilder()
                                        .setKind(action.kind()).setSubject(action.subject()).setCount(action.count()).build())
                                        .toList())
                                .build()).toList())
                        .build()).toList())
                .build();
    }

    private static Evidence evidence(TopicProgress.Evidence evidence) {
        var built = Evidence.newBuilder().setKind(evidence.kind()).setSubject(evidence.subject())
                .setPercent(evidence.percent()).setRecall(evidence.recall() == null ? -1 : evidence.recall());
        if (evidence.at() != null) {
            built.setAt(timestamp(evidence.at()));
        }
        return built.build();
    }

    private static TopicOutlook outlook(uz.roadmap.progress.Readiness.TopicOutlook topic) {
        return TopicOutlook.newBuilder().setTopic(topic.topic()).setTitle(text(topic.title())).setLevel(topic.level())
                .setSlipping(topic.slipping()).setRecall(topic.recall()).build();
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String roadmap(String requested) {
        return requested.isEmpty() ? ROADMAP : requested;
    }

    private static <T> void reply(StreamObserver<T> response, Optional<T> value, String notFound) {
        value.ifPresentOrElse(found -> {
            response.onNext(found);
            response.onCompleted();
        }, () -> response.onError(Status.NOT_FOUND.withDescription(notFound).asRuntimeException()));
    }

    private static Role role(@Nullable Authentication user) {
        if (user == null) {
            return Role.LEARNER;
        }
        var authorities = user.getAuthorities().stream().map(authority -> authority.getAuthority()).toList();
        return authorities.contains("ROLE_ADMIN") ? Role.ADMIN : authorities.contains("ROLE_MENTOR") ? Role.MENTOR : Role.LEARNER;
    }
}
