package uz.roadmap.review.grpc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

import com.google.protobuf.Timestamp;

import uz.roadmap.grpc.v1.Card;
import uz.roadmap.review.CardView;

/**
 * What the review services' gRPC messages share: the caller, ids, instants and cards.
 */
final class Messages {

    private Messages() {
    }

    /** The signed-in learner making the call. */
    static UUID caller() {
        return UUID.fromString(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    static Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? Timestamp.getDefaultInstance()
                : Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Card card(CardView card) {
        return Card.newBuilder()
                .setId(card.id().toString()).setRoadmap(card.roadmap()).setQuestion(card.question()).setState(card.state())
                .setStability(card.stability()).setDifficulty(card.difficulty()).setDue(timestamp(card.due()))
                .setReps(card.reps()).setLapses(card.lapses()).setRetrievability(card.retrievability())
                .build();
    }
}
