package uz.roadmap.review.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.id;
import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.reply;
import static uz.roadmap.grpc.GrpcSupport.text;
import static uz.roadmap.grpc.GrpcSupport.timestamp;
import static uz.roadmap.review.grpc.Messages.card;

import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.grpc.v1.Answer;
import uz.roadmap.grpc.v1.AnswerCheck;
import uz.roadmap.grpc.v1.AnswerServiceGrpc;
import uz.roadmap.grpc.v1.DontKnowRequest;
import uz.roadmap.grpc.v1.KeyPointCheck;
import uz.roadmap.grpc.v1.ListAnswersRequest;
import uz.roadmap.grpc.v1.ListAnswersResponse;
import uz.roadmap.grpc.v1.RateAnswerRequest;
import uz.roadmap.grpc.v1.RatedAnswer;
import uz.roadmap.grpc.v1.ShownAnswer;
import uz.roadmap.grpc.v1.WriteAnswerRequest;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.review.AnswerView;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.BlankAnswer;
import uz.roadmap.review.ReviewManagement.CheckedAnswer;
import uz.roadmap.review.ReviewManagement.InvalidTicks;
import uz.roadmap.review.ReviewManagement.Rated;
import uz.roadmap.review.ReviewManagement.UnknownAnswer;
import uz.roadmap.review.ReviewManagement.UnknownQuestion;
import uz.roadmap.review.scheduling.Rating;

/**
 * The caller's written answers over gRPC, the same operations as the REST API.
 */
@Service
class AnswerGrpcService extends AnswerServiceGrpc.AnswerServiceImplBase {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final int MAX_TEXT = 20_000;

    private final ReviewManagement reviews;
    private final Curriculum curriculum;

    AnswerGrpcService(ReviewManagement reviews, Curriculum curriculum) {
        this.reviews = reviews;
        this.curriculum = curriculum;
    }

    @Override
    public void saveDraft(WriteAnswerRequest request, StreamObserver<Answer> response) {
        if (malformed(request, response)) {
            return;
        }
        reviews.saveDraft(caller(), request.getRoadmap(), request.getQuestion(), request.getText()).ifPresentOrElse(
                draft -> reply(response, answer(draft)), () -> notFound(response, "No such question"));
    }

    @Override
    public void submitAnswer(WriteAnswerRequest request, StreamObserver<AnswerCheck> response) {
        if (malformed(request, response)) {
            return;
        }
        switch (reviews.submitAnswer(caller(), request.getRoadmap(), request.getQuestion(), request.getText())) {
            case CheckedAnswer checked -> reply(response, check(checked));
            case UnknownQuestion() -> notFound(response, "No such question");
            case BlankAnswer() -> response.onError(invalid("text must hold an answer: write something first"));
        }
    }

    @Override
    public void rateAnswer(RateAnswerRequest request, StreamObserver<RatedAnswer> response) {
        var answer = id(request.getAnswer());
        if (answer.isEmpty() || request.getRating() < 1 || request.getRating() > 4) {
            response.onError(invalid("answer must be an answer id and rating 1 to 4"));
            return;
        }
        switch (reviews.rateAnswer(caller(), answer.get(), request.getCoveredList(), Rating.ofGrade(request.getRating()))) {
            case Rated(var rated, var card) -> reply(response,
                    RatedAnswer.newBuilder().setAnswer(answer(rated)).setCard(card(card)).build());
            case UnknownAnswer() -> notFound(response, "No such answer waiting for a rating");
            case InvalidTicks() -> response.onError(invalid("covered names a key point the question does not have"));
        }
    }

    @Override
    public void dontKnow(DontKnowRequest request, StreamObserver<ShownAnswer> response) {
        if (!SLUG.matcher(request.getRoadmap()).matches() || !SLUG.matcher(request.getQuestion()).matches()) {
            response.onError(invalid("roadmap and question are slugs"));
            return;
        }
        var question = curriculum.question(request.getRoadmap(), request.getQuestion());
        if (question.isEmpty() || !(reviews.dontKnow(caller(), request.getRoadmap(), request.getQuestion())
                instanceof Rated(var rated, var card))) {
            notFound(response, "No such question");
            return;
        }
        reply(response, ShownAnswer.newBuilder().setAnswer(answer(rated)).setCard(card(card))
                .setModelAnswer(text(question.get().answer()))
                .addAllKeyPoints(question.get().keyPoints().stream().map(point -> KeyPointCheck.newBuilder()
                        .setText(text(point.text())).setEssential(point.essential()).setSuggested(false).build()).toList())
                .build());
    }

    @Override
    public void listAnswers(ListAnswersRequest request, StreamObserver<ListAnswersResponse> response) {
        if (!SLUG.matcher(request.getRoadmap()).matches() || !SLUG.matcher(request.getQuestion()).matches()) {
            response.onError(invalid("roadmap and question are slugs"));
            return;
        }
        reply(response, ListAnswersResponse.newBuilder()
                .addAllAnswers(reviews.answers(caller(), request.getRoadmap(), request.getQuestion()).stream()
                        .map(AnswerGrpcService::answer).toList())
                .build());
    }

    private static boolean malformed(WriteAnswerRequest request, StreamObserver<?> response) {
        if (!SLUG.matcher(request.getRoadmap()).matches() || !SLUG.matcher(request.getQuestion()).matches()
                || request.getText().length() > MAX_TEXT) {
            response.onError(invalid("roadmap and question are slugs; the text has at most 20000 characters"));
            return true;
        }
        return false;
    }

    private static AnswerCheck check(CheckedAnswer checked) {
        var points = checked.question().keyPoints();
        return AnswerCheck.newBuilder()
                .setAnswer(answer(checked.answer()))
                .setModelAnswer(text(checked.question().answer()))
                .addAllKeyPoints(IntStream.range(0, points.size())
                        .mapToObj(index -> KeyPointCheck.newBuilder().setText(text(points.get(index).text()))
                                .setEssential(points.get(index).essential())
                                .setSuggested(checked.answer().suggestedPoints().contains(index))
                                .build())
                        .toList())
                .build();
    }

    private static Answer answer(AnswerView answer) {
        return Answer.newBuilder()
                .setId(answer.id().toString()).setRoadmap(answer.roadmap()).setQuestion(answer.question())
                .setText(answer.text()).setStatus(answer.status())
                .addAllSuggestedPoints(answer.suggestedPoints())
                .setSuggestedRating(answer.suggestedRating() == null ? 0 : answer.suggestedRating())
                .addAllConfirmedPoints(answer.confirmedPoints())
                .setRating(answer.rating() == null ? 0 : answer.rating())
                .setUpdatedAt(timestamp(answer.updatedAt()))
                .build();
    }

    private static void notFound(StreamObserver<?> response, String what) {
        response.onError(Status.NOT_FOUND.withDescription(what).asRuntimeException());
    }
}
