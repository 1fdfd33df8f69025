package uz.roadmap.assessment.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.id;
import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.reply;
import static uz.roadmap.grpc.GrpcSupport.text;
import static uz.roadmap.grpc.GrpcSupport.timestamp;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.assessment.AttemptSummary;
import uz.roadmap.assessment.AttemptView;
import uz.roadmap.assessment.CertaintyLevel;
import uz.roadmap.assessment.Response;
import uz.roadmap.assessment.Score;
import uz.roadmap.assessment.SelfTestReport;
import uz.roadmap.assessment.SelfTests;
import uz.roadmap.assessment.SelfTests.AlreadySubmitted;
import uz.roadmap.assessment.SelfTests.Answered;
import uz.roadmap.assessment.SelfTests.Closed;
import uz.roadmap.assessment.SelfTests.InvalidAnswer;
import uz.roadmap.assessment.SelfTests.KeyReused;
import uz.roadmap.assessment.SelfTests.NoSelfTest;
import uz.roadmap.assessment.SelfTests.Reported;
import uz.roadmap.assessment.SelfTests.Started;
import uz.roadmap.assessment.SelfTests.StillOpen;
import uz.roadmap.assessment.SelfTests.Submitted;
import uz.roadmap.assessment.SelfTests.UnknownAttempt;
import uz.roadmap.assessment.SelfTests.UnknownItem;
import uz.roadmap.assessment.TopicScore;
import uz.roadmap.grpc.v1.AnswerSelfTestItemRequest;
import uz.roadmap.grpc.v1.AssessmentServiceGrpc;
import uz.roadmap.grpc.v1.GetSelfTestRequest;
import uz.roadmap.grpc.v1.ListSelfTestsRequest;
import uz.roadmap.grpc.v1.ListSelfTestsResponse;
import uz.roadmap.grpc.v1.SelfTestAttempt;
import uz.roadmap.grpc.v1.SelfTestCertaintyLevel;
import uz.roadmap.grpc.v1.SelfTestItem;
import uz.roadmap.grpc.v1.SelfTestItemResult;
import uz.roadmap.grpc.v1.SelfTestOption;
import uz.roadmap.grpc.v1.SelfTestOptionResult;
import uz.roadmap.grpc.v1.SelfTestResponse;
import uz.roadmap.grpc.v1.SelfTestScore;
import uz.roadmap.grpc.v1.SelfTestSummary;
import uz.roadmap.grpc.v1.SelfTestTopicScore;
import uz.roadmap.grpc.v1.StartSelfTestRequest;
import uz.roadmap.grpc.v1.StartSelfTestResponse;
import uz.roadmap.grpc.v1.SubmitSelfTestRequest;

/**
 * The caller's weekly self-tests over gRPC, the same operations and rules as the REST API.
 */
@Service
class AssessmentGrpcService extends AssessmentServiceGrpc.AssessmentServiceImplBase {

    private static final String ROADMAP = "backend-8-weeks";
    private static final int MAX_KEY = 100;

    private final SelfTests selfTests;

    AssessmentGrpcService(SelfTests selfTests) {
        this.selfTests = selfTests;
    }

    @Override
    public void startSelfTest(StartSelfTestRequest request, StreamObserver<StartSelfTestResponse> response) {
        if (request.getWeek() < 1 || request.getWeek() > 52 || request.getIdempotencyKey().length() > MAX_KEY) {
            response.onError(invalid("week must be 1 to 52 and idempotency_key at most 100 characters"));
            return;
        }
        var roadmap = request.getRoadmap().isEmpty() ? ROADMAP : request.getRoadmap();
        switch (selfTests.start(caller(), roadmap, request.getWeek(), key(request.getIdempotencyKey()))) {
            case Started(var attempt, var resumed) -> reply(response,
                    StartSelfTestResponse.newBuilder().setAttempt(attempt(attempt)).setResumed(resumed).build());
            case NoSelfTest() -> response.onError(Status.NOT_FOUND.withDescription("This week has no self-test").asRuntimeException());
            case KeyReused() -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("This idempotency key started an attempt at another week").asRuntimeException());
        }
    }

    @Override
    public void getSelfTest(GetSelfTestRequest request, StreamObserver<SelfTestAttempt> response) {
        var id = id(request.getAttempt());
        if (id.isEmpty()) {
            response.onError(invalid("attempt must be an attempt id"));
            return;
        }
        selfTests.attempt(caller(), id.get()).ifPresentOrElse(attempt -> reply(response, attempt(attempt)),
                () -> response.onError(noSuchAttempt()));
    }

    @Override
    public void answerSelfTestItem(AnswerSelfTestItemRequest request, StreamObserver<SelfTestItem> response) {
        var id = id(request.getAttempt());
        if (id.isEmpty() || request.getChoicesCount() > 26 || request.getText().length() > 1000) {
            response.onError(invalid("attempt must be an attempt id, with at most 26 choices or 1000 characters of text"));
            return;
        }
        switch (selfTests.answer(caller(), id.get(), request.getNumber(), request.getChoicesList(), request.getText(),
                request.getCertainty())) {
            case Answered(var item) -> reply(response, item(item));
            case UnknownAttempt() -> response.onError(noSuchAttempt());
            case UnknownItem() -> response.onError(Status.NOT_FOUND.withDescription("The attempt has no item "
                    + request.getNumber()).asRuntimeException());
            case InvalidAnswer(var reason) -> response.onError(invalid("The response does not fit the item: " + reason));
            case Closed(var status) -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The attempt is closed (" + status + "): its answers no longer change").asRuntimeException());
        }
    }

    @Override
    public void submitSelfTest(SubmitSelfTestRequest request, StreamObserver<uz.roadmap.grpc.v1.SelfTestReport> response) {
        var id = id(request.getAttempt());
        if (id.isEmpty() || request.getIdempotencyKey().length() > MAX_KEY) {
            response.onError(invalid("attempt must be an attempt id and idempotency_key at most 100 characters"));
            return;
        }
        switch (selfTests.submit(caller(), id.get(), key(request.getIdempotencyKey()))) {
            case Submitted(var report) -> reply(response, report(report));
            case AlreadySubmitted() -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The attempt is already submitted").asRuntimeException());
            case UnknownAttempt() -> response.onError(noSuchAttempt());
        }
    }

    @Override
    public void getSelfTestReport(GetSelfTestRequest request, StreamObserver<uz.roadmap.grpc.v1.SelfTestReport> response) {
        var id = id(request.getAttempt());
        if (id.isEmpty()) {
            response.onError(invalid("attempt must be an attempt id"));
            return;
        }
        switch (selfTests.report(caller(), id.get())) {
            case Reported(var report) -> reply(response, report(report));
            case StillOpen() -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The attempt is open: it is marked when it is submitted").asRuntimeException());
            case UnknownAttempt() -> response.onError(noSuchAttempt());
        }
    }

    @Override
    public void listSelfTests(ListSelfTestsRequest request, StreamObserver<ListSelfTestsResponse> response) {
        if (request.getWeek() < 0 || request.getWeek() > 52) {
            response.onError(invalid("week must be 1 to 52, or 0 for every week"));
            return;
        }
        var roadmap = request.getRoadmap().isEmpty() ? ROADMAP : request.getRoadmap();
        reply(response, ListSelfTestsResponse.newBuilder().addAllAttempts(selfTests
                .history(caller(), roadmap, request.getWeek() == 0 ? null : request.getWeek()).stream()
                .map(AssessmentGrpcService::summary).toList()).build());
    }

    private static SelfTestAttempt attempt(AttemptView attempt) {
        var message = SelfTestAttempt.newBuilder().setId(attempt.id().toString()).setRoadmap(attempt.roadmap())
                .setWeek(attempt.week()).setStatus(attempt.status().name()).setStartedAt(timestamp(attempt.startedAt()))
                .addAllItems(attempt.items().stream().map(AssessmentGrpcService::item).toList());
        if (attempt.deadline() != null) {
            message.setDeadline(timestamp(attempt.deadline()));
        }
        if (attempt.submittedAt() != null) {
            message.setSubmittedAt(timestamp(attempt.submittedAt()));
        }
        return message.build();
    }

    private static SelfTestItem item(AttemptView.Item item) {
        var message = SelfTestItem.newBuilder().setNumber(item.number()).setKind(item.kind()).setPrompt(text(item.prompt()))
                .setMultiple(item.multiple())
                .addAllOptions(item.options().stream()
                        .map(option -> SelfTestOption.newBuilder().setKey(option.key()).setText(text(option.text())).build())
                        .toList());
        if (item.response() != null) {
            message.setResponse(response(item.response()));
        }
        return message.build();
    }

    private static SelfTestResponse response(Response response) {
        return SelfTestResponse.newBuilder().addAllChoices(response.choices()).setText(response.text())
                .setCertainty(response.certainty().level()).setAnsweredAt(timestamp(response.answeredAt())).build();
    }

    private static uz.roadmap.grpc.v1.SelfTestReport report(SelfTestReport report) {
        return uz.roadmap.grpc.v1.SelfTestReport.newBuilder().setAttempt(report.attempt().toString())
                .setRoadmap(report.roadmap()).setWeek(report.week()).setStatus(report.status().name())
                .setStartedAt(timestamp(report.startedAt())).setSubmittedAt(timestamp(report.submittedAt()))
                .setScore(score(report.score()))
                .addAllTopics(report.topics().stream().map(AssessmentGrpcService::topic).toList())
                .addAllCertainty(report.certainty().stream().map(AssessmentGrpcService::level).toList())
                .setCalibration(report.calibration().name())
                .addAllItems(report.items().stream().map(AssessmentGrpcService::result).toList())
                .addAllEarlier(report.earlier().stream().map(AssessmentGrpcService::summary).toList())
                .build();
    }

    private static SelfTestItemResult result(SelfTestReport.Item item) {
        var message = SelfTestItemResult.newBuilder().setNumber(item.number()).setItem(item.item()).setTopic(item.topic())
                .setKind(item.kind()).setPrompt(text(item.prompt())).setMultiple(item.multiple())
                .addAllOptions(item.options().stream().map(option -> SelfTestOptionResult.newBuilder().setKey(option.key())
                        .setText(text(option.text())).setCorrect(option.correct()).setChosen(option.chosen()).build()).toList())
                .addAllAccepted(item.accepted()).setRight(item.right()).setMarks(item.marks())
                .setExplanation(text(item.explanation()));
        if (item.response() != null) {
            message.setResponse(response(item.response()));
        }
        return message.build();
    }

    private static SelfTestTopicScore topic(TopicScore topic) {
        return SelfTestTopicScore.newBuilder().setTopic(topic.topic()).setScore(score(topic.score()))
                .setCalibration(topic.calibration().name()).build();
    }

    private static SelfTestCertaintyLevel level(CertaintyLevel level) {
        return SelfTestCertaintyLevel.newBuilder().setCertainty(level.certainty()).setAnswers(level.answers())
                .setRight(level.right()).setAccuracyPercent(level.accuracyPercent())
                .setPaysFromPercent(level.paysFromPercent()).setPaysToPercent(level.paysToPercent())
                .setCalibration(level.calibration().name()).build();
    }

    private static SelfTestSummary summary(AttemptSummary attempt) {
        var message = SelfTestSummary.newBuilder().setId(attempt.id().toString()).setRoadmap(attempt.roadmap())
                .setWeek(attempt.week()).setStatus(attempt.status().name()).setStartedAt(timestamp(attempt.startedAt()))
                .setItems(attempt.items()).setAnswered((int) attempt.answered());
        if (attempt.deadline() != null) {
            message.setDeadline(timestamp(attempt.deadline()));
        }
        if (attempt.submittedAt() != null) {
            message.setSubmittedAt(timestamp(attempt.submittedAt()));
        }
        if (attempt.score() != null) {
            message.setScore(score(attempt.score()));
        }
        return message.build();
    }

    private static SelfTestScore score(Score score) {
        return SelfTestScore.newBuilder().setRight(score.right()).setAnswered(score.answered()).setItems(score.items())
                .setPercent(score.percent()).setCbm(score.cbm()).setCbmMax(score.cbmMax()).setCbmAverage(score.cbmAverage())
                .build();
    }

    private static @Nullable String key(String key) {
        return key.isEmpty() ? null : key;
    }

    private static RuntimeException noSuchAttempt() {
        return Status.NOT_FOUND.withDescription("No such attempt").asRuntimeException();
    }
}
