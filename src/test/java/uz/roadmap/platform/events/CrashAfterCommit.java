package uz.roadmap.platform.events;

import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import uz.roadmap.RoadmapApplication;

/**
 * Starts the application, publishes {@link LessonFinished} in a transaction and kills the JVM the
 * moment the transaction has committed, before anything could be sent to the broker. Run in its
 * own process by {@link EventExternalizationTests}.
 */
class CrashAfterCommit {

    static final int EXIT_CODE = 77;

    public static void main(String[] arguments) {
        var lesson = UUID.fromString(arguments[0]);
        var application = new SpringApplicationBuilder(RoadmapApplication.class)
                .profiles("full", "test")
                .run("--server.port=0", "--spring.grpc.server.port=0");
        application.getBean(TransactionTemplate.class).executeWithoutResult(transaction -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    Runtime.getRuntime().halt(EXIT_CODE);
                }
            });
            application.publishEvent(new LessonFinished(lesson));
        });
    }
}
