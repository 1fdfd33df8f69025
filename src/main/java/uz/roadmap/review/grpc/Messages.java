package uz.roadmap.review.grpc;

import static uz.roadmap.grpc.GrpcSupport.timestamp;

import uz.roadmap.grpc.v1.Card;
import uz.roadmap.review.CardView;

/**
 * What the review services' gRPC messages share: a card.
 */
final class Messages {

    private Messages() {
    }

    static Card card(CardView card) {
        return Card.newBuilder()
                .setId(card.id().toString()).setRoadmap(card.roadmap()).setQuestion(card.question()).setState(card.state())
                .setStability(card.stability()).setDifficulty(card.difficulty()).setDue(timestamp(card.due()))
                .setReps(card.reps()).setLapses(card.lapses()).setRetrievability(card.retrievability())
                .build();
    }
}
