package uz.roadmap.curriculum.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.platform.Markdown;

/**
 * Questions as a CSV file Anki imports: a header that tells Anki the separator, that fields are
 * HTML and which column holds tags, then one note per question — the prompt on the front, the
 * model answer and its key points on the back.
 */
@Component
class AnkiDeck {

    private final Markdown markdown = new Markdown();

    String csv(String roadmap, List<Question> questions, Locale locale) {
        var deck = new StringBuilder("#separator:Comma\n#html:true\n#tags column:3\n");
        for (var question : questions) {
            var keyPoints = question.keyPoints().stream()
                    .map(point -> "<li>" + HtmlUtils.htmlEscape(point.text().in(locale)) + "</li>")
                    .collect(Collectors.joining("", "<ul>", "</ul>"));
            var tags = String.join(" ", roadmap, "week-" + question.week(), question.topic(),
                    "difficulty-" + question.difficulty());
            deck.append(field(HtmlUtils.htmlEscape(question.prompt().in(locale)))).append(',')
                    .append(field(markdown.html(question.answer().in(locale)) + keyPoints)).append(',')
                    .append(field(tags)).append('\n');
        }
        return deck.toString();
    }

    /** A CSV field: quoted, with quotes doubled (RFC 4180), so commas and line breaks survive. */
    private static String field(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
