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
    void aHyphenInsideAWordJoinsIt() {
        assertThat(KeyPointMatcher.covered("SYN-ACK keladi", HANDSHAKE)).containsExactly(1);
        assertThat(KeyPointMatcher.covered("server SYNACK qaytaradi", HANDSHAKE)).containsExactly(1);
        assertThat(KeyPointMatcher.covered("boshlang‘ich ketmaketlik raqami", HANDSHAKE)).containsExactly(0);
    }

    @Test
    void symbolsThatCarryMeaningAreMatchedAsWritten() {
        var symbols = List.of(point("%T"), point("-u"), point("&r"), point("*T"), point("-1"), point("2>&1"));

        assertThat(KeyPointMatcher.covered("T u r 1 2 printf verb, flag, pointer, value", symbols)).isEmpty();
        assertThat(KeyPointMatcher.covered("fmt.Printf(\"%T\", &r) returns *T; git push -u; exit -1; cmd 2>&1", symbols))
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aTermIsNotFoundGluedToALetterOrDigitWhereItEndsInOne() {
        var symbols = List.of(point("-u"), point("-1"), point("ctx.Done()"), point("kernel"));

        assertThat(KeyPointMatcher.covered("git add -uall; x-1; -10", symbols)).isEmpty();
        assertThat(KeyPointMatcher.covered("<-ctx.Done() fires; user/kernel boundary", symbols)).containsExactly(2, 3);
    }

    @Test
    void punctuationAroundWordsDoesNotMatter() {
        var points = List.of(point("SYN"), point("ACK"), point("close()"), point("*T"), point("deleted"), point("places a hold"));

        assertThat(KeyPointMatcher.covered("(SYN), «ACK». Call close(). A pointer (*T)? lsof shows \"(deleted)\"! It places a **hold**.",
                points)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void anUzbekSuffixAfterAnApostropheDoesNotHideATerm() {
        assertThat(KeyPointMatcher.covered("Mijoz SYN’ni yuboradi, keyin ACK'ga javob keladi", HANDSHAKE)).containsExactly(0, 2);
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

    private static Point point(String term) {
        return new Point(false, List.of(term));
    }
}
