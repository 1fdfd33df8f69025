package uz.roadmap.platform;

import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one way content's Markdown (model answers, prompts, key points, explanations) becomes HTML,
 * on every page and in every export. Raw HTML in the source is escaped and link targets are
 * sanitized, so content can never inject markup or script. Templates call it as
 * {@code #markdown.html(text)} and {@code #markdown.inline(text)}.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Block HTML: paragraphs, lists, code blocks; for an answer or an explanation. */
    public String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /**
     * Inline HTML for a heading, a label or a link: a text of one paragraph without its {@code <p>},
     * so that {@code `code`} and {@code **bold**} render where only phrasing content fits. Text of
     * several blocks renders as blocks.
     */
    public String inline(String markdown) {
        Node document = PARSER.parse(markdown);
        var first = document.getFirstChild();
        if (!(document instanceof Document) || !(first instanceof Paragraph paragraph) || first.getNext() != null) {
            return RENDERER.render(document);
        }
        var html = new StringBuilder();
        for (var node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            html.append(RENDERER.render(node));
        }
        return html.toString();
    }
}
