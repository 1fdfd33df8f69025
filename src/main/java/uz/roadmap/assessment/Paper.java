package uz.roadmap.assessment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import uz.roadmap.shared.LocalizedText;

/**
 * The items of one attempt, as they were when drawn — in the attempt's order, each choice item's
 * options in the attempt's order too — with the learner's responses. A copy, so that an attempt is
 * marked and reported against exactly what the learner saw, whatever the content becomes later.
 */
record Paper(List<Item> items) {

    Paper {
        items = List.copyOf(items);
    }

    Optional<Item> item(int number) {
        return number >= 1 && number <= items.size() ? Optional.of(items.get(number - 1)) : Optional.empty();
    }

    Paper with(Item answered) {
        var changed = new ArrayList<>(items);
        changed.set(answered.number() - 1, answered);
        return new Paper(changed);
    }

    /**
     * An item as drawn.
     *
     * @param number its place in the attempt, from 1
     * @param slug the content item it was drawn from (never shown while the attempt is open: a slug may name the answer)
     * @param accepted for a short item, the answers counted right
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHES = Pattern.compile("[‘’ʻʼ'`´]");

    record Item(int number, String slug, String topic, Kind kind, LocalizedText prompt, List<Option> options,
            List<String> accepted, LocalizedText explanation, @Nullable Response response) {

        Item {
            options = List.copyOf(options);
            accepted = List.copyOf(accepted);
        }

        /** Whether more than one option is right: the learner chooses any number of options, not one. */
        boolean multiple() {
            return options.stream().filter(Option::correct).count() > 1;
        }

        Item answered(Response response) {
            return new Item(number, slug, topic, kind, prompt, options, accepted, explanation, response);
        }

        /**
         * Whether the response is right: a choice item's chosen options are exactly its right ones (all or
         * nothing); a short item's text, compared as {@link #comparable} says, is one of its accepted answers.
         * No response is wrong.
         */
        boolean isRight() {
            if (response == null) {
                return false;
            }
            return switch (kind) {
                case CHOICE -> Set.copyOf(response.choices()).equals(
                        options.stream().filter(Option::correct).map(Option::key).collect(Collectors.toSet()));
                case SHORT -> accepted.stream().map(Item::comparable).anyMatch(comparable(response.text())::equals);
            };
        }

        /** Marks under certainty-based marking; an item left unanswered earns nothing and costs nothing. */
        int marks() {
            return response == null ? 0 : response.certainty().marks(isRight());
        }

        /**
         * A short answer as it is compared: trimmed, without regard to case, runs of spaces as one, and
         * every way of typing the Uzbek apostrophe ({@code o‘n}, {@code o'n}, {@code oʻn}) as one.
         */
        private static String comparable(String answer) {
            var normal = Normalizer.normalize(answer.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            return APOSTROPHES.matcher(SPACES.matcher(normal).replaceAll(" ")).replaceAll("’");
        }
    }

    /** An option of a choice item; {@code key} is its letter in the attempt's order (a, b, c …). */
    record Option(String key, LocalizedText text, boolean correct) {
    }

    enum Kind {
        CHOICE, SHORT;

        static Kind of(String kind) {
            return kind.equals("short") ? SHORT : CHOICE;
        }
    }
}
