package uz.roadmap.platform;

import org.springframework.grpc.server.security.GrpcSecurity;
import org.springframework.grpc.server.security.RequestMapperConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's statement of who may call its HTTP routes, and how its users prove who they are.
 * Every module declares its own; routes no module declares are open to signed-in users only.
 */
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    /** Adds a way of signing in (a login form, tokens) to the web security chain. */
    default void configure(HttpSecurity http) {
    }

    /** Declares who may call the module's gRPC methods ({@code "package.Service/Method"}, {@code /*} for all). */
    default void declare(RequestMapperConfigurer methods) {
    }

    /** Adds a way of signing in to gRPC calls. */
    default void configure(GrpcSecurity grpc) throws Exception {
    }
}
