package uz.roadmap.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's statement of who may call its HTTP routes, and how its users prove who they are.
 * Every module declares its own; routes no module declares are open to signed-in users only.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

    /** Adds a way of signing in (a login form, tokens) to the web security chain. */
    default void configure(HttpSecurity http) {
    }
}
