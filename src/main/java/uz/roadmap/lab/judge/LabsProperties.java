package uz.roadmap.lab.judge;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Settings of the SQL judge ({@code roadmap.labs.*}, e.g. {@code ROADMAP_LABS_DATASOURCE_URL}).
 *
 * @param datasource the sandbox server; without a URL, an embedded server started on the first lab use
 * @param workers how many submissions one replica judges at the same time
 * @param timeout how long one query may run (the client cancels it; the server's own limit is a second later)
 * @param maxRows the most rows a result may have; one more is fetched to tell that it has more
 * @param maxOutputBytes the most bytes of values a result may have
 * @param hiddenVariants how many hidden variants of a dataset every submission also runs on
 * @param learnerConnections the sandbox learner role's connection limit
 * @param queue how submissions reach the judge: {@code local} (an in-process bounded worker) or
 *        {@code rabbit} (full mode's default: the durable RabbitMQ queue {@code lab.judge})
 */
@Validated
@ConfigurationProperties("roadmap.labs")
public record LabsProperties(@Valid @DefaultValue Datasource datasource, @DefaultValue("2") @Min(1) @Max(32) int workers,
        @DefaultValue("3s") @NotNull Duration timeout, @DefaultValue("10000") @Min(1) int maxRows,
        @DefaultValue("4000000") @Min(1000) long maxOutputBytes, @DefaultValue("2") @Min(1) @Max(5) int hiddenVariants,
        @DefaultValue("20") @Min(2) int learnerConnections, @DefaultValue("local") @Pattern(regexp = "local|rabbit") String queue) {

    /**
     * The sandbox server for full mode: a PostgreSQL server of its own, never the system of record.
     *
     * @param url a JDBC URL of its maintenance database ({@code jdbc:postgresql://labs-db:5432/postgres})
     * @param username a superuser of that server: the judge creates its databases and roles and revokes what learners must not reach
     */
    public record Datasource(@Nullable String url, @DefaultValue("postgres") String username, @DefaultValue("") String password) {
    }

    /** The query timeout in whole seconds, at least one (JDBC counts in seconds). */
    public int timeoutSeconds() {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }
}
