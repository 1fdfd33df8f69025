package uz.roadmap.assessment.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders the Markdown of model answers for grading. Raw HTML in the source is escaped and link
 * targets are sanitized, so content can never inject markup or script.
 */
@Component
class MockMarkdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String html(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
