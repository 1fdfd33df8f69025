package uz.roadmap.plan.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.invalid;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import com.google.protobuf.Timestamp;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.grpc.v1.GetStudyTimerRequest;
import uz.roadmap.grpc.v1.GetTodayRequest;
import uz.roadmap.grpc.v1.PauseStudyTimerRequest;
import uz.roadmap.grpc.v1.PlanServiceGrpc;
import uz.roadmap.grpc.v1.SendStudyTimerHeartbeatRequest;
import uz.roadmap.grpc.v1.SetStudyTimerIdleLimitRequest;
import uz.roadmap.grpc.v1.StartStudyTimerRequest;
import uz.roadmap.grpc.v1.StopStudyTimerRequest;
import uz.roadmap.grpc.v1.StudyTimerState;
import uz.roadmap.grpc.v1.Today;
import uz.roadmap.plan.DailyPlan;
import uz.roadmap.plan.StudyTimer;
import uz.roadmap.plan.StudyTimer.IdleLimitSet;
import uz.roadmap.plan.StudyTimer.NotRunning;
import uz.roadmap.plan.StudyTimer.Outcome;
import uz.roadmap.plan.StudyTimer.Timed;
import uz.roadmap.plan.StudyTimer.UnknownLearner;
import uz.roadmap.plan.StudyTimerView;
import uz.roadmap.plan.TodayPlan;

/**
 * The caller's day and study timer over gRPC, the same operations as the REST API.
 */
@Service
class PlanGrpcService extends PlanServiceGrpc.PlanServiceImplBase {

    private final DailyPlan plan;
    private final StudyTimer timer;

    PlanGrpcService(DailyPlan plan, StudyTimer timer) {
        this.plan = plan;
        this.timer = timer;
    }

    @Override
    public void getToday(GetTodayRequest request, StreamObserver<Today> response) {
        plan.today(caller()).ifPresentOrElse(today -> {
            response.onNext(today(today));
            response.onCompleted();
        }, () -> response.onError(Status.NOT_FOUND.withDescription("No such learner").asRuntimeException()));
    }

    @Override
    public void getStudyTimer(GetStudyTimerRequest request, StreamObserver<StudyTimerState> response) {
        answer(response, learner -> timer.timer(learner).<Outcome>map(Timed::new).orElseGet(UnknownLearner::new));
    }

    @Override
    public void startStudyTimer(StartStudyTimerRequest request, StreamObserver<StudyTimerState> response) {
        answer(response, timer::start);
    }

    @Override
    public void pauseStudyTimer(PauseStudyTimerRequest request, StreamObserver<StudyTimerState> response) {
        answer(response, timer::pause);
    }

    @Override
    public void stopStudyTimer(StopStudyTimerRequest request, StreamObserver<StudyTimerState> response) {
        answer(response, timer::stop);
    }

    @Override
    public void sendStudyTimerHeartbeat(SendStudyTimerHeartbeatRequest request,
            StreamObserver<StudyTimerState> response) {
        answer(response, timer::heartbeat);
    }

    @Override
    public void setStudyTimerIdleLimit(SetStudyTimerIdleLimitRequest request, StreamObserver<StudyTimerState> response) {
        var learner = caller();
        if (!(timer.setIdleLimit(learner, request.getMinutes()) instanceof IdleLimitSet)) {
            response.onError(invalid("minutes must be 1 to 240"));
            return;
        }
        timer.timer(learner).ifPresentOrElse(state -> {
            response.onNext(state(state));
            response.onCompleted();
        }, () -> response.onError(Status.NOT_FOUND.withDescription("No such learner").asRuntimeException()));
    }

    private static void answer(StreamObserver<StudyTimerState> response, Function<UUID, Outcome> command) {
        switch (command.apply(caller())) {
            case Timed(var timed) -> {
                response.onNext(state(timed));
                response.onCompleted();
            }
            case NotRunning(var current) -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The study timer is " + current.status().name().toLowerCase() + ", not running")
                    .asRuntimeException());
            case UnknownLearner() -> response.onError(Status.NOT_FOUND.withDescription("No such learner")
                    .asRuntimeException());
        }
    }

    private static Today today(TodayPlan today) {
        return Today.newBuilder()
                .setDay(today.day().day()).setPhase(today.day().phase().name()).setWeek(today.week())
                .addAllFocusTopics(today.focusTopics()).setQuota(today.quota()).addAllNewQuestions(today.newQuestions())
                .setReviewsDue(today.reviewsDue()).setHoursGoal(today.hoursGoal())
                .addAllSelfTestWeeks(today.selfTests().stream().map(TodayPlan.SelfTestDue::week).toList())
                .setMockInterviewDue(today.mockInterviewDue())
                .addAllAnswered(today.answered()).setReviewedToday(today.reviewedToday())
                .build();
    }

    private static StudyTimerState state(StudyTimerView timer) {
        var state = StudyTimerState.newBuilder()
                .setStatus(timer.status().name()).setDay(timer.day().toString()).setTimeZone(timer.timeZone().getId())
                .setStudiedSeconds(timer.studiedSeconds()).setStudiedMinutes(timer.studiedMinutes())
                .setHoursGoal(timer.hoursGoal()).setHeartbeatSeconds(timer.heartbeatSeconds())
                .setIdleMinutes(timer.idleMinutes());
        if (timer.runningSince() != null) {
            state.setRunningSince(Timestamp.newBuilder().setSeconds(timer.runningSince().getEpochSecond())
                    .setNanos(timer.runningSince().getNano()));
        }
        return state.build();
    }
}
