package uz.roadmap.progress;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import uz.roadmap.account.Role;
import uz.roadmap.platform.AccessRules;

/** Cohort boards are for mentors and admins; everything else of progress is the signed-in user's own. */
@Component
class ProgressRules implements AccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/v1/progress/cohorts/**", "/progress/cohorts/**")
                .hasAnyRole(Role.MENTOR.name(), Role.ADMIN.name());
    }
}
