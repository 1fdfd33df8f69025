package uz.roadmap.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every problem type the application can answer with is documented, in both languages.
 */
class ProblemTypeTests {

    @Test
    void everyStatusMapsToADocumentedTypeWithTextsInBothLanguages() throws Exception {
        var messages = WebConfiguration.interfaceTexts();

        Arrays.stream(HttpStatus.values()).filter(status -> status.isError()).forEach(status -> {
            var slug = ProblemType.of(status, null).slug();
            assertThat(ProblemType.ALL).as("type of %s", status).contains(slug);
            for (var language : new String[] { "uz", "en" }) {
                for (var part : new String[] { "title", "detail", "about" }) {
                    assertThat(messages.getMessage("problem." + slug + "." + part, new Object[] { "1" },
                            Locale.forLanguageTag(language))).isNotBlank();
                }
            }
        });
    }
}
