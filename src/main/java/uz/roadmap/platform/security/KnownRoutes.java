package uz.roadmap.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Tells whether any handler serves a request, so that security can let requests for unknown
 * paths through to the 404 they deserve instead of answering 401.
 */
@Component
@ConditionalOnWebApplication
class KnownRoutes {

    private final HandlerMappingIntrospector introspector;

    KnownRoutes(HandlerMappingIntrospector introspector) {
        this.introspector = introspector;
    }

    AuthorizationManager<RequestAuthorizationContext> unknown() {
        return (authentication, context) -> new AuthorizationDecision(!served(context));
    }

    private boolean served(RequestAuthorizationContext context) {
        try {
            return introspector.getMatchableHandlerMapping(context.getRequest()) != null;
        }
        catch (Exception partialMatch) {
            // e.g. the path exists but not for this method: the route is known
            return true;
        }
    }
}
