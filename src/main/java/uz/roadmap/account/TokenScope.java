package uz.roadmap.account;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a personal access token may do, chosen when it is made. A signed-in user (and their access
 * token) may do everything, as {@link #FULL}.
 */
public enum TokenScope {

    /** reading only */
    READ,
    /** reading, and the daily learning loop: cards, reviews, answers, the study timer, self-tests */
    REVIEW,
    /** everything, including making tokens, changing the password and deleting the account */
    FULL;

    /** The REST paths the learning loop writes to. */
    private static final List<String> LOOP = List.of("/api/v1/cards", "/api/v1/answers", "/api/v1/study-timer",
            "/api/v1/self-tests");
    /** The gRPC services of the learning loop. */
    private static final Set<String> LOOP_SERVICES = Set.of("roadmap.v1.ReviewService", "roadmap.v1.AnswerService",
            "roadmap.v1.PlanService", "roadmap.v1.AssessmentService");

    static final String AUTHORITY_PREFIX = "SCOPE_";

    /** Written {@code read}, {@code review} or {@code full}, in any case. */
    @JsonCreator
    public static TokenScope of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }

    String authority() {
        return AUTHORITY_PREFIX + name().toLowerCase(Locale.ROOT);
    }

    /** Whether a REST request with this method and path is within the scope. */
    boolean allows(String method, String path) {
        if (this == FULL || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        return this == REVIEW && LOOP.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** Whether a gRPC method ({@code package.Service/Method}) is within the scope. */
    boolean allowsGrpc(String fullMethodName) {
        var slash = fullMethodName.indexOf('/');
        var service = fullMethodName.substring(0, Math.max(0, slash));
        var method = fullMethodName.substring(slash + 1);
        if (this == FULL || method.startsWith("Get") || method.startsWith("List")) {
            return true;
        }
        return this == REVIEW && LOOP_SERVICES.contains(service);
    }
}
