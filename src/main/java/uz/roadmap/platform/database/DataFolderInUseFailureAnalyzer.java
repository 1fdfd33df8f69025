package uz.roadmap.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Says in a line that the data folder is taken and how to choose another, instead of a stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable failure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop that instance, or start this one on another data folder: ROADMAP_DATA_DIR=/path/to/another/folder.",
                cause);
    }
}
