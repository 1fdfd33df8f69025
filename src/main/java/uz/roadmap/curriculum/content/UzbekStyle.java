package uz.roadmap.curriculum.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The house style of the Uzbek text, as {@code content/README.md} states it: the learner is
 * addressed as "sen", and a loanword has one spelling ({@code curriculum/loanwords.txt}). A text
 * that breaks it is still valid; {@code validate} warns, pointing at the line.
 */
final class UzbekStyle {

    /** Something to rewrite, on the given line of the text (0 is its first). */
    record Finding(int line, String message) {
    }

    /**
     * A spelling {@code validate} warns on, and the spelling the roadmap uses instead: a word that is
     * {@code start}, starts with it ({@code anyEnding}), or is it with a glued Uzbek suffix.
     */
    private record Other(String start, boolean anyEnding, String used, Kind kind) {

        boolean matches(String word) {
            if (!word.startsWith(start)) {
                return false;
            }
            if (kind == Kind.SUFFIX_WITHOUT_APOSTROPHE) {
                return word.length() > start.length() && Character.isLetter(word.charAt(start.length()))
                        && UZBEK_SUFFIX.matcher(word).region(start.length(), word.length()).matches();
            }
            return anyEnding || word.length() == start.length();
        }
    }

    private enum Kind {
        /** Another spelling of the word: {@code interfeys} for {@code interface}. */
        OTHER_SPELLING,
        /** An English-spelled word with its Uzbek suffix glued on: {@code servicelar}. */
        SUFFIX_WITHOUT_APOSTROPHE,
        /** An Uzbek-spelled word with its suffix after ’: {@code fayl’lar}. */
        SUFFIX_AFTER_APOSTROPHE
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}‘’ʻʼ']+");
    private static final Pattern UZBEK_SUFFIX = Pattern.compile("(lar)?(i|si)?(ning|ni|ga|ka|qa|da|dan|dagi|gacha|niki|cha|li|siz)?");

    /** Unmistakable marks of "siz": the pronoun, the -ngiz endings and the verb endings with -siz. */
    private static final Pattern SIZ = Pattern.compile("siz(ga|ni|ning|ningcha|da|dan|dek|lar\\p{L}*)?"
            + "|(?!dengiz)[\\p{L}‘’]+ngiz\\p{L}*|[\\p{L}‘’]+(aysiz|maysiz|yapsiz|gansiz|moqdasiz|asizmi)");

    private static final List<Other> LOANWORDS = loanwords();

    private UzbekStyle() {
    }

    static List<Finding> check(String text) {
        var findings = new ArrayList<Finding>();
        var lines = text.split("\n", -1);
        for (var line = 0; line < lines.length; line++) {
            var words = WORD.matcher(lines[line]);
            while (words.find()) {
                if ("‘’ʻʼ'".indexOf(words.group().charAt(0)) >= 0) {
                    continue; // a suffix after code or a symbol (`%w`’siz), not a word of its own
                }
                var word = canonical(words.group());
                if (word.isEmpty()) {
                    continue;
                }
                var at = line;
                if ((word.contains("siz") || word.contains("ngiz")) && SIZ.matcher(word).matches()) {
                    findings.add(new Finding(at, "'" + word + "' addresses the learner as siz; the roadmap says sen (content/README.md)"));
                }
                spelling(word).ifPresent(message -> findings.add(new Finding(at, message)));
            }
        }
        return findings;
    }

    private static Optional<String> spelling(String word) {
        for (var other : LOANWORDS) {
            if (other.matches(word)) {
                var suffix = word.substring(Math.min(word.length(), other.used().length()));
                return Optional.of(switch (other.kind()) {
                    case OTHER_SPELLING -> "'" + word + "': this roadmap writes this loanword '" + other.used() + "' (content/README.md)";
                    case SUFFIX_WITHOUT_APOSTROPHE -> "'" + word + "': a suffix goes after ’ (" + other.used() + "’" + suffix + ")";
                    case SUFFIX_AFTER_APOSTROPHE -> "'" + word + "': a word in Uzbek spelling takes its suffix without ’ ("
                            + other.used() + suffix.substring(1) + ")";
                });
            }
        }
        return Optional.empty();
    }

    /** Lower case, the apostrophes typed as the content README says (‘ in o‘ and g‘, ’ elsewhere), none around the word. */
    private static String canonical(String word) {
        if (word.chars().noneMatch(character -> "‘’ʻʼ'".indexOf(character) >= 0)) {
            return word.toLowerCase(Locale.ROOT);
        }
        var lower = word.toLowerCase(Locale.ROOT).replace('ʻ', '‘').replaceAll("(?<=[og])'(?=\\p{L})", "‘")
                .replaceAll("['ʼ]", "’");
        return lower.replaceAll("^[‘’]+|[‘’]+$", "");
    }

    /**
     * The list's lines: the spelling used, then the others — {@code word*} any word that starts so,
     * {@code word’*} the word with a suffix after ’ (the used word itself: its suffix goes without ’),
     * {@code word+} the word with an Uzbek suffix glued on without ’.
     */
    private static List<Other> loanwords() {
        var others = new ArrayList<Other>();
        for (var line : ContentRules.lines("curriculum/loanwords.txt")) {
            var spellings = line.split("\\s+");
            var used = spellings[0];
            for (var index = 1; index < spellings.length; index++) {
                var spelling = spellings[index];
                if (spelling.endsWith("+")) {
                    var base = spelling.substring(0, spelling.length() - 1);
                    others.add(new Other(base, false, base, Kind.SUFFIX_WITHOUT_APOSTROPHE));
                }
                else if (spelling.endsWith("*")) {
                    var start = spelling.substring(0, spelling.length() - 1);
                    others.add(new Other(start, true, used,
                            start.equals(used + "’") ? Kind.SUFFIX_AFTER_APOSTROPHE : Kind.OTHER_SPELLING));
                }
                else {
                    others.add(new Other(spelling, false, used, Kind.OTHER_SPELLING));
                }
            }
        }
        return List.copyOf(others);
    }
}
