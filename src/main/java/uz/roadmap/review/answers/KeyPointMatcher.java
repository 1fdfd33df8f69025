package uz.roadmap.review.answers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import uz.roadmap.review.scheduling.Rating;

/**
 * Suggests which key points a written answer covers, and the rating that coverage deserves. A key
 * point counts as covered when the answer contains one of its terms as a whole word or phrase, in
 * either language, ignoring case, accents and the many ways of typing the Uzbek ‘ and ’ (hyphens
 * join, so "SYN-ACK" is one word and does not cover "ACK"). It is a suggestion: the learner
 * confirms the ticks and may change the rating.
 */
public final class KeyPointMatcher {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private KeyPointMatcher() {
    }

    /** A key point as the matcher needs it. */
    public record Point(boolean essential, List<String> terms) {
    }

    /** The indexes of the covered key points, in order. */
    public static List<Integer> covered(String answer, List<Point> points) {
        var text = " " + normalized(answer) + " ";
        var covered = new ArrayList<Integer>();
        for (var index = 0; index < points.size(); index++) {
            var point = points.get(index);
            if (point.terms().stream().map(KeyPointMatcher::normalized).filter(term -> !term.isBlank())
                    .anyMatch(term -> text.contains(" " + term + " "))) {
                covered.add(index);
            }
        }
        return List.copyOf(covered);
    }

    /**
     * The rating the coverage suggests: nothing covered, or an essential point missed, is Again;
     * under half is Hard; half or more is Good; everything is Easy.
     */
    public static Rating suggestedRating(List<Point> points, List<Integer> covered) {
        var missedEssential = false;
        for (var index = 0; index < points.size(); index++) {
            if (points.get(index).essential() && !covered.contains(index)) {
                missedEssential = true;
            }
        }
        if (covered.isEmpty() || missedEssential) {
            return Rating.AGAIN;
        }
        if (covered.size() == points.size()) {
            return Rating.EASY;
        }
        return covered.size() * 2 < points.size() ? Rating.HARD : Rating.GOOD;
    }

    /** Lower case, without accents, apostrophes and hyphens folded into the word, everything else a single space. */
    static String normalized(String text) {
        var folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[‘’ʻʼ`'\\-]", "");
        return NOT_A_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
