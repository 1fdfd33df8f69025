package uz.roadmap.review.answers;

import java.util.ArrayList;
import java.util.List;

import uz.roadmap.review.scheduling.Rating;
import uz.roadmap.shared.Terms;

/**
 * Suggests which key points a written answer covers, and the rating that coverage deserves. A key
 * point counts as covered when the answer contains one of its terms, in either language, compared
 * as {@link Terms} says: whole words or phrases, ignoring case, accents, the many ways of typing the
 * Uzbek ‘ and ’, and the punctuation around words, while symbols that carry meaning ({@code %T},
 * {@code -u}, {@code &r}) are matched as written. It is a suggestion: the learner confirms the
 * ticks and may change the rating.
 */
public final class KeyPointMatcher {

    private KeyPointMatcher() {
    }

    /** A key point as the matcher needs it. */
    public record Point(boolean essential, List<String> terms) {
    }

    /** The indexes of the covered key points, in order. */
    public static List<Integer> covered(String answer, List<Point> points) {
        var forms = Terms.forms(answer);
        var covered = new ArrayList<Integer>();
        for (var index = 0; index < points.size(); index++) {
            if (points.get(index).terms().stream().anyMatch(term -> Terms.occursIn(forms, Terms.compared(term)))) {
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
}
