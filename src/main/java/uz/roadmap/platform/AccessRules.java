package uz.roadmap.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's statement of who may call its HTTP routes. Every module declares its own; routes no
 * module declares are open to signed-in users only.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
