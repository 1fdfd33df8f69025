package uz.roadmap.curriculum.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import uz.roadmap.shared.Terms;

/**
 * What a grading term must be for the key-point matcher to tell a covering answer from any other:
 * compared as the matcher compares it ({@link Terms}), a term is not a single character, not made
 * only of stop words of either language ({@code curriculum/stop-words-uz.txt},
 * {@code stop-words-en.txt}), and not two bare letters or digits unless it is an established
 * abbreviation ({@code curriculum/abbreviations.txt}: CI, PR…). A symbol that carries meaning makes
 * a short term specific: {@code -u}, {@code %T} and {@code &r} are fine.
 */
final class GradingTerms {

    private static final Set<String> STOP_WORDS = ContentRules.words("curriculum/stop-words-uz.txt", "curriculum/stop-words-en.txt");
    private static final Set<String> ABBREVIATIONS = ContentRules.words("curriculum/abbreviations.txt");

    private GradingTerms() {
    }

    /** Why the term cannot be used for grading, or nothing when it can. */
    static Optional<String> problem(String term) {
        var compared = Terms.compared(term);
        if (compared.isEmpty()) {
            return Optional.of("term '" + term + "' is only punctuation: nothing of it is left to compare");
        }
        if (compared.length() == 1) {
            return Optional.of("term '" + term + "' is a single character as the matcher compares it ('" + compared
                    + "'), so almost any answer contains it");
        }
        if (Arrays.stream(compared.split(" ")).allMatch(STOP_WORDS::contains)) {
            return Optional.of("term '" + term + "' is a stop word, so almost any answer contains it");
        }
        if (compared.length() == 2 && compared.chars().allMatch(character -> Terms.isWordCharacter((char) character))
                && !ABBREVIATIONS.contains(compared)) {
            return Optional.of("term '" + term + "' has only two letters and is not an established abbreviation"
                    + " (curriculum/abbreviations.txt), so answers contain it by chance");
        }
        return Optional.empty();
    }
}
