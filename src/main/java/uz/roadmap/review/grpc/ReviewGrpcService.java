package uz.roadmap.review.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.id;
import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.timestamp;
import static uz.roadmap.review.grpc.Messages.card;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.grpc.v1.Card;
import uz.roadmap.grpc.v1.GetCardRequest;
import uz.roadmap.grpc.v1.ListDueCardsRequest;
import uz.roadmap.grpc.v1.ListDueCardsResponse;
import uz.roadmap.grpc.v1.ListReviewsRequest;
import uz.roadmap.grpc.v1.ListReviewsResponse;
import uz.roadmap.grpc.v1.Review;
import uz.roadmap.grpc.v1.ReviewServiceGrpc;
import uz.roadmap.grpc.v1.SubmitReviewRequest;
import uz.roadmap.review.ReviewEntry;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewManagement.OutOfOrder;
import uz.roadmap.review.ReviewManagement.Recorded;
import uz.roadmap.review.ReviewManagement.UnknownCard;
import uz.roadmap.review.scheduling.Rating;

/**
 * The caller's cards and reviews over gRPC, the same operations as the REST API.
 */
@Service
class ReviewGrpcService extends ReviewServiceGrpc.ReviewServiceImplBase {

    private final ReviewManagement reviews;

    ReviewGrpcService(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @Override
    public void listDueCards(ListDueCardsRequest request, StreamObserver<ListDueCardsResponse> response) {
        var limit = request.getLimit() == 0 ? 50 : request.getLimit();
        if (limit < 1 || limit > 200) {
            response.onError(invalid("limit must be 1 to 200"));
            return;
        }
        response.onNext(ListDueCardsResponse.newBuilder()
                .addAllCards(reviews.due(caller(), limit).stream().map(Messages::card).toList())
                .build());
        response.onCompleted();
    }

    @Override
    public void getCard(GetCardRequest request, StreamObserver<Card> response) {
        answer(response, id(request.getCard()).flatMap(card -> reviews.card(caller(), card)).map(Messages::card));
    }

    @Override
    public void submitReview(SubmitReviewRequest request, StreamObserver<Card> response) {
        var card = id(request.getCard());
        if (card.isEmpty() || request.getRating() < 1 || request.getRating() > 4) {
            response.onError(invalid("card must be a card id and rating 1 to 4"));
            return;
        }
        var at = request.hasReviewedAt()
                ? Instant.ofEpochSecond(request.getReviewedAt().getSeconds(), request.getReviewedAt().getNanos())
                : null;
        var key = request.getIdempotencyKey().isBlank() ? null : request.getIdempotencyKey();
        switch (reviews.review(caller(), card.get(), Rating.ofGrade(request.getRating()), at, key)) {
            case Recorded(var recorded) -> {
                response.onNext(card(recorded));
                response.onCompleted();
            }
            case UnknownCard() -> response.onError(Status.NOT_FOUND.withDescription("No such card").asRuntimeException());
            case OutOfOrder(var reason) -> response.onError(Status.FAILED_PRECONDITION.withDescription(reason)
                    .asRuntimeException());
        }
    }

    @Override
    public void listReviews(ListReviewsRequest request, StreamObserver<ListReviewsResponse> response) {
        answer(response, id(request.getCard()).flatMap(card -> reviews.history(caller(), card)).map(history ->
                ListReviewsResponse.newBuilder().addAllReviews(history.stream().map(ReviewGrpcService::review).toList())
                        .build()));
    }

    private static Review review(ReviewEntry entry) {
        var review = Review.newBuilder().setRating(entry.rating()).setReviewedAt(timestamp(entry.reviewedAt()));
        if (entry.state() != null) {
            review.setState(entry.state());
        }
        if (entry.due() != null && entry.scheduledDays() != null) {
            review.setDue(timestamp(entry.due())).setScheduledDays(entry.scheduledDays());
        }
        return review.build();
    }

    private static <T> void answer(StreamObserver<T> response, Optional<T> found) {
        found.ifPresentOrElse(value -> {
            response.onNext(value);
            response.onCompleted();
        }, () -> response.onError(Status.NOT_FOUND.withDescription("No such card").asRuntimeException()));
    }
}
