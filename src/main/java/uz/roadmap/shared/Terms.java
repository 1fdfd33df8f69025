package uz.roadmap.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a grading term is compared with a written answer — the rule the review's key-point matcher
 * applies and the content validator checks terms against. Both sides are brought to one form:
 * <ul>
 * <li>lower case, without accents;</li>
 * <li>the many ways of typing the Uzbek ‘ and ’ dropped ({@code boshlang'ich} is
 * {@code boshlang‘ich}); a hyphen or dash inside a word joins it ({@code SYN-ACK} is one word,
 * {@code ketma-ketlik} is {@code ketmaketlik});</li>
 * <li>ordinary punctuation around a word removed: quotes, Markdown's {@code **bold**}, a sentence's
 * {@code . , ; : ! ?}, brackets that wrap a word or are left open ({@code (SYN),} is {@code syn});</li>
 * <li>every other symbol kept as written, because it carries meaning: {@code %T}, {@code -u},
 * {@code &r}, {@code *T}, {@code -1}, {@code 2>&1}, {@code close()}, {@code .env}.</li>
 * </ul>
 * A term occurs in an answer when its compared form does and is not glued to a letter or digit on
 * a side where the term itself ends in one: {@code SYN} is not in {@code SYNTAX} and {@code -u} is
 * not in {@code -uall}, but {@code ctx.Done()} is in {@code <-ctx.Done()} and {@code kernel} in
 * {@code user/kernel}. An apostrophe in an answer may also end a word, so {@code SYN’ni} (SYN with
 * an Uzbek suffix) contains {@code SYN}.
 */
public final class Terms {

    private static final Pattern APOSTROPHES = Pattern.compile("[‘’ʻʼ`'´]");
    private static final Pattern HYPHENS = Pattern.compile("[\u2010\u2011\u2012\u2013\u2212]");
    private static final Pattern JOINING_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}])-+(?=[\\p{L}\\p{N}])");
    private static final Pattern SEPARATORS = Pattern.compile("(?:[\\s\u2014\"“”„«»]|\\*{2,})+");
    private static final String SENTENCE_PUNCTUATION = ".,;:!?…";
    private static final String OPENERS = "([{";
    private static final String CLOSERS = ")]}";

    private Terms() {
    }

    /** A term in the form it is compared in; empty when nothing of it is left to compare. */
    public static String compared(String term) {
        return compared(term, "");
    }

    /** The forms of an answer a term is looked for in: apostrophes dropped, and apostrophes ending a word. */
    public static List<String> forms(String answer) {
        return List.of(compared(answer, ""), compared(answer, " "));
    }

    /** Whether the compared term occurs in one of the answer's forms. */
    public static boolean occursIn(List<String> answerForms, String comparedTerm) {
        return !comparedTerm.isEmpty() && answerForms.stream().anyMatch(form -> occursIn(form, comparedTerm));
    }

    /** A letter, a digit or an underscore: what a term must not be glued to where it begins or ends with one. */
    public static boolean isWordCharacter(char character) {
        return Character.isLetterOrDigit(character) || character == '_';
    }

    private static boolean occursIn(String form, String term) {
        var from = 0;
        for (var at = form.indexOf(term); at >= 0; at = form.indexOf(term, from)) {
            var end = at + term.length();
            var startsClean = !isWordCharacter(term.charAt(0)) || at == 0 || !isWordCharacter(form.charAt(at - 1));
            var endsClean = !isWordCharacter(term.charAt(term.length() - 1)) || end == form.length()
                    || !isWordCharacter(form.charAt(end));
            if (startsClean && endsClean) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static String compared(String text, String apostrophe) {
        var folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        folded = APOSTROPHES.matcher(folded).replaceAll(apostrophe);
        folded = HYPHENS.matcher(folded).replaceAll("-");
        folded = JOINING_HYPHEN.matcher(folded).replaceAll("");
        var words = new ArrayList<String>();
        for (var word : SEPARATORS.split(folded)) {
            var cleaned = withoutPunctuationAround(word);
            if (!cleaned.isEmpty()) {
                words.add(cleaned);
            }
        }
        return String.join(" ", words);
    }

    private static String withoutPunctuationAround(String word) {
        var previous = "";
        while (!word.equals(previous)) {
            previous = word;
            while (!word.isEmpty() && SENTENCE_PUNCTUATION.indexOf(word.charAt(word.length() - 1)) >= 0) {
                word = word.substring(0, word.length() - 1);
            }
            if (word.isEmpty()) {
                break;
            }
            var first = OPENERS.indexOf(word.charAt(0));
            var last = CLOSERS.indexOf(word.charAt(word.length() - 1));
            if (first >= 0 && first == last && closes(word, 0) == word.length() - 1) {
                word = word.substring(1, word.length() - 1);
            }
            else if (last >= 0 && depth(word, last) < 0) {
                word = word.substring(0, word.length() - 1);
            }
            else if (first >= 0 && depth(word, first) > 0) {
                word = word.substring(1);
            }
        }
        return word;
    }

    /** Openers minus closers of one kind of bracket. */
    private static int depth(String word, int kind) {
        var depth = 0;
        for (var character : word.toCharArray()) {
            if (character == OPENERS.charAt(kind)) {
                depth++;
            }
            else if (character == CLOSERS.charAt(kind)) {
                depth--;
            }
        }
        return depth;
    }

    /** Where the bracket opened at {@code start} closes, or -1. */
    private static int closes(String word, int start) {
        var kind = OPENERS.indexOf(word.charAt(start));
        var depth = 0;
        for (var index = start; index < word.length(); index++) {
            if (word.charAt(index) == OPENERS.charAt(kind)) {
                depth++;
            }
            else if (word.charAt(index) == CLOSERS.charAt(kind) && --depth == 0) {
                return index;
            }
        }
        return -1;
    }
}
