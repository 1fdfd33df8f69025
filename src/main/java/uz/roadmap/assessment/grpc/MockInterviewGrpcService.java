package uz.roadmap.assessment.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.id;
import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.reply;
import static uz.roadmap.grpc.GrpcSupport.text;
import static uz.roadmap.grpc.GrpcSupport.timestamp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.assessment.MockGrading;
import uz.roadmap.assessment.MockInterviews;
import uz.roadmap.assessment.MockReport;
import uz.roadmap.assessment.MockSummary;
import uz.roadmap.assessment.MockTiming;
import uz.roadmap.assessment.MockView;
import uz.roadmap.grpc.GrpcSupport;
import uz.roadmap.grpc.v1.AnswerMockQuestionRequest;
import uz.roadmap.grpc.v1.GetMockInterviewRequest;
import uz.roadmap.grpc.v1.GradeMockAnswerRequest;
import uz.roadmap.grpc.v1.ListMockInterviewsRequest;
import uz.roadmap.grpc.v1.ListMockInterviewsResponse;
import uz.roadmap.grpc.v1.MockInterview;
import uz.roadmap.grpc.v1.MockInterviewServiceGrpc;
import uz.roadmap.grpc.v1.MockKeyPoint;
import uz.roadmap.grpc.v1.MockQuestion;
import uz.roadmap.grpc.v1.MockQuestionRequest;
import uz.roadmap.grpc.v1.MockQuestionResult;
import uz.roadmap.grpc.v1.MockTopicResult;
import uz.roadmap.grpc.v1.StartMockInterviewRequest;
import uz.roadmap.grpc.v1.StartMockInterviewResponse;

/**
 * The caller's mock interviews over gRPC, and a mentor's reading and grading of their cohort's: the
 * same lifecycle and rules as the REST API (recordings are uploaded and played over REST).
 */
@Service
class MockInterviewGrpcService extends MockInterviewServiceGrpc.MockInterviewServiceImplBase {

    private static final String ROADMAP = "backend-8-weeks";

    private final MockInterviews interviews;
    private final MockGrading grading;

    MockInterviewGrpcService(MockInterviews interviews, MockGrading grading) {
        this.interviews = interviews;
        this.grading = grading;
    }

    @Override
    public void startMockInterview(StartMockInterviewRequest request, StreamObserver<StartMockInterviewResponse> response) {
        var think = request.getThinkSeconds() == 0 ? MockTiming.DEFAULT.thinkSeconds() : request.getThinkSeconds();
        var answer = request.getAnswerSeconds() == 0 ? MockTiming.DEFAULT.answerSeconds() : request.getAnswerSeconds();
        var questions = request.getQuestions() == 0 ? MockInterviews.DEFAULT_QUESTIONS : request.getQuestions();
        if (think < 0 || think > 300 || answer < 30 || answer > 900 || questions < 1 || questions > MockInterviews.MAX_QUESTIONS
                || request.getIdempotencyKey().length() > 100) {
            response.onError(invalid("think_seconds 0 to 300, answer_seconds 30 to 900, questions 1 to "
                    + MockInterviews.MAX_QUESTIONS + ", idempotency_key at most 100 characters"));
            return;
        }
        var key = request.getIdempotencyKey().isEmpty() ? null : request.getIdempotencyKey();
        switch (interviews.start(caller(), ROADMAP, questions, new MockTiming(think, answer), key)) {
            case MockInterviews.Started(var mock, var resumed) -> reply(response,
                    StartMockInterviewResponse.newBuilder().setMock(mock(mock)).setResumed(resumed).build());
            case MockInterviews.NotOpenYet(var week) -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("Mock interviews open in week 2 of the program; this is week " + week).asRuntimeException());
            case MockInterviews.NoQuestions() -> response.onError(Status.NOT_FOUND
                    .withDescription("The roadmap has no questions in the weeks studied").asRuntimeException());
        }
    }

    @Override
    public void getMockInterview(GetMockInterviewRequest request, StreamObserver<MockInterview> response) {
        withMock(request.getMock(), response, id -> interviews.mock(caller(), id).or(() -> grading.mockFor(caller(), id))
                .map(MockInterviewGrpcService::mock));
    }

    @Override
    public void getCurrentQuestion(GetMockInterviewRequest request, StreamObserver<MockQuestion> response) {
        var id = id(request.getMock());
        if (id.isEmpty()) {
            response.onError(invalid("mock must be a mock id"));
            return;
        }
        interviews.mock(caller(), id.get()).ifPresentOrElse(mock -> {
            if (mock.current() == 0) {
                response.onError(Status.FAILED_PRECONDITION.withDescription("The answering is over").asRuntimeException());
            }
            else {
                reply(response, question(mock.questions().get(mock.current() - 1)));
            }
        }, () -> response.onError(noSuchMock()));
    }

    @Override
    public void askQuestion(MockQuestionRequest request, StreamObserver<MockQuestion> response) {
        var id = id(request.getMock());
        if (id.isEmpty()) {
            response.onError(invalid("mock must be a mock id"));
            return;
        }
        switch (interviews.ask(caller(), id.get(), request.getNumber())) {
            case MockInterviews.Asked(var number) -> replyQuestion(response, id.get(), number);
            case MockInterviews.NotCurrent(var current) -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("Questions are asked in order: the one to ask now is " + current).asRuntimeException());
            case MockInterviews.Over(var status) -> response.onError(over());
            case MockInterviews.UnknownQuestion() -> response.onError(noSuchQuestion());
            case MockInterviews.UnknownMock() -> response.onError(noSuchMock());
        }
    }

    @Override
    public void answerQuestion(AnswerMockQuestionRequest request, StreamObserver<MockQuestion> response) {
        var id = id(request.getMock());
        if (id.isEmpty() || request.getSeconds() < 0) {
            response.onError(invalid("mock must be a mock id and seconds not negative"));
            return;
        }
        switch (interviews.answer(caller(), id.get(), request.getNumber(), request.getText(), request.getAloud(),
                request.getSeconds())) {
            case MockInterviews.Answered(var number, var over) -> replyQuestion(response, id.get(), number);
            case MockInterviews.NotAsked() -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The question has not been asked yet").asRuntimeException());
            case MockInterviews.AlreadyAnswered() -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The question is answered already").asRuntimeException());
            case MockInterviews.TimeUp() -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("Time is up for this question").asRuntimeException());
            case MockInterviews.EmptyAnswer(var reason) -> response.onError(invalid("Type an answer of at most 10000 characters, or answer aloud"));
            case MockInterviews.Over(var status) -> response.onError(over());
            case MockInterviews.UnknownQuestion() -> response.onError(noSuchQuestion());
            case MockInterviews.UnknownMock() -> response.onError(noSuchMock());
        }
    }

    @Override
    public void finishAnswering(GetMockInterviewRequest request, StreamObserver<MockInterview> response) {
        withMock(request.getMock(), response, id -> interviews.finish(caller(), id).map(MockInterviewGrpcService::mock));
    }

    @Override
    public void gradeAnswer(GradeMockAnswerRequest request, StreamObserver<MockQuestion> response) {
        grade(request, response, (mock, covered) -> grading.grade(caller(), mock, request.getNumber(), covered));
    }

    @Override
    public void gradeAnswerAsMentor(GradeMockAnswerRequest request, StreamObserver<MockQuestion> response) {
        grade(request, response, (mock, covered) -> grading.gradeAsMentor(caller(), mock, request.getNumber(), covered));
    }

    private void grade(GradeMockAnswerRequest request, StreamObserver<MockQuestion> response,
            BiFunction<UUID, List<Integer>, MockGrading.Grading> grade) {
        var id = id(request.getMock());
        if (id.isEmpty() || request.getCoveredCount() > 50) {
            response.onError(invalid("mock must be a mock id, with at most 50 key points"));
            return;
        }
        switch (grade.apply(id.get(), request.getCoveredList())) {
            case MockGrading.Graded(var number, var complete) -> grading.mockFor(caller(), id.get()).ifPresentOrElse(
                    mock -> reply(response, question(mock.questions().get(number - 1))), () -> response.onError(noSuchMock()));
            case MockGrading.NotGradable(var status) -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("Not now: the learner grades once the answering is over, a mentor once the learner "
                            + "has completed it (" + status + ")")
                    .asRuntimeException());
            case MockGrading.InvalidTicks() -> response.onError(invalid("A ticked key point the question does not have"));
            case MockGrading.UnknownQuestion() -> response.onError(noSuchQuestion());
            case MockGrading.UnknownMock() -> response.onError(noSuchMock());
        }
    }

    @Override
    public void getMockReport(GetMockInterviewRequest request, StreamObserver<uz.roadmap.grpc.v1.MockReport> response) {
        var id = id(request.getMock());
        if (id.isEmpty()) {
            response.onError(invalid("mock must be a mock id"));
            return;
        }
        switch (grading.report(caller(), id.get())) {
            case MockGrading.Reported(var report) -> reply(response, report(report));
            case MockGrading.NotCompleted(var status) -> response.onError(Status.FAILED_PRECONDITION
                    .withDescription("The mock is reported once it is graded").asRuntimeException());
            case MockGrading.UnknownMock() -> response.onError(noSuchMock());
        }
    }

    @Override
    public void listMockInterviews(ListMockInterviewsRequest request, StreamObserver<ListMockInterviewsResponse> response) {
        reply(response, ListMockInterviewsResponse.newBuilder()
                .addAllMocks(interviews.history(caller()).stream().map(MockInterviewGrpcService::summary).toList()).build());
    }

    private void replyQuestion(StreamObserver<MockQuestion> response, UUID mock, int number) {
        interviews.mock(caller(), mock).ifPresentOrElse(view -> reply(response, question(view.questions().get(number - 1))),
                () -> response.onError(noSuchMock()));
    }

    private static <T> void withMock(String value, StreamObserver<T> response, Function<UUID, Optional<T>> find) {
        var id = id(value);
        if (id.isEmpty()) {
            response.onError(invalid("mock must be a mock id"));
            return;
        }
        find.apply(id.get()).ifPresentOrElse(found -> reply(response, found), () -> response.onError(noSuchMock()));
    }

    private static MockInterview mock(MockView mock) {
        return MockInterview.newBuilder().setId(mock.id().toString()).setWeek(mock.week()).setStatus(mock.status().name())
                .setThinkSeconds(mock.thinkSeconds()).setAnswerSeconds(mock.answerSeconds())
                .setStartedAt(timestamp(mock.startedAt())).setCurrent(mock.current())
                .addAllQuestions(mock.questions().stream().map(MockInterviewGrpcService::question).toList()).build();
    }

    private static MockQuestion question(MockView.Question question) {
        var message = MockQuestion.newBuilder().setNumber(question.number()).setTopic(question.topic())
                .setDifficulty(question.difficulty()).setAnswered(question.answered()).setSecondsUsed(question.secondsUsed())
                .setSpoken(question.spoken()).setRecorded(question.recorded())
                .addAllKeyPoints(question.keyPoints().stream()
                        .map(point -> MockKeyPoint.newBuilder().setText(text(point.text())).setEssential(point.essential()).build())
                        .toList())
                .addAllSuggested(question.suggested());
        if (question.prompt() != null) {
            message.setPrompt(text(question.prompt()));
        }
        if (question.deadline() != null) {
            message.setDeadline(timestamp(question.deadline()));
        }
        if (question.typed() != null) {
            message.setTyped(question.typed());
        }
        if (question.answer() != null) {
            message.setAnswer(text(question.answer()));
        }
        if (question.selfCovered() != null) {
            message.addAllSelfCovered(question.selfCovered());
        }
        if (question.mentorCovered() != null) {
            message.addAllMentorCovered(question.mentorCovered());
        }
        return message.build();
    }

    private static uz.roadmap.grpc.v1.MockReport report(MockReport report) {
        return uz.roadmap.grpc.v1.MockReport.newBuilder().setId(report.id().toString()).setWeek(report.week())
                .setCoverage(report.coverage()).setMentorCoverage(report.mentorCoverage() == null ? -1 : report.mentorCoverage())
                .setSecondsUsed(report.secondsUsed())
                .addAllQuestions(report.questions().stream().map(question -> MockQuestionResult.newBuilder()
                        .setNumber(question.number()).setQuestion(question.question()).setTopic(question.topic())
                        .setAnswered(question.answered()).setSecondsUsed(question.secondsUsed()).setCoverage(question.coverage())
                        .addAllEssentialMissed(question.essentialMissed().stream().map(GrpcSupport::text).toList())
                        .build()).toList())
                .addAllTopics(report.topics().stream()
                        .map(topic -> MockTopicResult.newBuilder().setTopic(topic.topic()).setCoverage(topic.coverage()).build())
                        .toList())
                .addAllEarlier(report.earlier().stream().map(MockInterviewGrpcService::summary).toList())
                .build();
    }

    private static uz.roadmap.grpc.v1.MockSummary summary(MockSummary mock) {
        return uz.roadmap.grpc.v1.MockSummary.newBuilder().setId(mock.id().toString()).setWeek(mock.week())
                .setStatus(mock.status().name()).setStartedAt(timestamp(mock.startedAt()))
                .setCoverage(mock.coverage() == null ? -1 : mock.coverage()).build();
    }

    private static RuntimeException over() {
        return Status.FAILED_PRECONDITION.withDescription("The answering is over: the mock is being graded").asRuntimeException();
    }

    private static RuntimeException noSuchQuestion() {
        return Status.NOT_FOUND.withDescription("No such question").asRuntimeException();
    }

    private static RuntimeException noSuchMock() {
        return Status.NOT_FOUND.withDescription("No such mock interview").asRuntimeException();
    }
}
