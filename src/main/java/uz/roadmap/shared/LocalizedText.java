package uz.roadmap.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text every learner reads, in both languages of the product: Uzbek (Latin script), the
 * default, and English.
 */
public record LocalizedText(String uz, String en) implements Serializable {

    /** The text in the given locale's language: English for English, Uzbek for everything else. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : uz;
    }
}
