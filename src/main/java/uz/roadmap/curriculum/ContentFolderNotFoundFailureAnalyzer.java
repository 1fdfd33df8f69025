package uz.roadmap.curriculum;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Says in a line what is wrong with the content folder and what to do, instead of a stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentFolderNotFoundFailureAnalyzer extends AbstractFailureAnalyzer<ContentFolderNotFoundException> {

    @Override
    protected FailureAnalysis analyze(Throwable failure, ContentFolderNotFoundException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Point ROADMAP_CONTENT_DIR at a folder of roadmaps (one sub-folder with a roadmap.yaml each), "
                        + "or unset it to import the roadmap shipped in the application.", cause);
    }
}
