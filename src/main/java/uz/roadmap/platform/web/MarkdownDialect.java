package uz.roadmap.platform.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import uz.roadmap.platform.Markdown;

/**
 * Offers {@link Markdown} to every template as {@code #markdown}:
 * {@code th:utext="${#markdown.html(question.answer.in(#locale))}"}.
 */
@Component
class MarkdownDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "markdown";
    private final Markdown markdown = new Markdown();

    MarkdownDialect() {
        super("Markdown");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return markdown;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
