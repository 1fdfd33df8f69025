package uz.roadmap.review.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uz.roadmap.review.answers.KeyPointMatcher.Point;
import uz.roadmap.review.scheduling.Rating;

class KeyPointMatcherTests {

    private static final List<Point> HANDSHAKE = List.of(
            new Point(true, List.of("SYN", "boshlang‘ich ketma-ketlik raqami")),
            new Point(false, List.of("SYN-ACK")),
            new Point(false, List.of("ACK", "tasdiq")),
            new Point(true, List.of("sequence number", "ISN")));

    @Test
    void findsTermsAsWholeWordsInEitherLanguageWhateverTheApostrophe() {
        var covered = KeyPointMatcher.covered(
                "Mijoz SYN yuboradi va boshlang'ich ketma-ketlik raqamini... server SYN-ACK qaytaradi", HANDSHAKE);

        assertThat(covered).containsExactly(0, 1);
    }

    @Test
    void aWordInsideAnotherWordDoesNotCount() {
        assertThat(KeyPointMatcher.covered("The SYNTAX of ACKNOWLEDGEMENTS", HANDSHAKE)).isEmpty();
    }

    @Test
    void coverageSuggestsARating() {
        assertThat(KeyPointMatcher.suggestedRating(HANDSHAKE, List.of())).isEqualTo(Rating.AGAIN);
        assertThat(KeyPointMatcher.suggestedRating(HANDSHAKE, List.of(1, 2))).as("essential missed").isEqualTo(Rating.AGAIN);
        assertThat(KeyPointMatcher.suggestedRating(HANDSHAKE, List.of(0, 3, 1))).isEqualTo(Rating.GOOD);
        assertThat(KeyPointMatcher.suggestedRating(HANDSHAKE, List.of(0, 1, 2, 3))).isEqualTo(Rating.EASY);
        var sixPoints = List.of(new Point(true, List.of("a")), new Point(false, List.of("b")), new Point(false, List.of("c")),
                new Point(false, List.of("d")), new Point(false, List.of("e")), new Point(false, List.of("f")));
        assertThat(KeyPointMatcher.suggestedRating(sixPoints, List.of(0, 1))).as("under half").isEqualTo(Rating.HARD);
    }
}
