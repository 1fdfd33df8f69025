package uz.roadmap.curriculum.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import uz.roadmap.platform.AccessRules;

@Configuration(proxyBeanMethods = false)
class CurriculumWebConfiguration {

    /** The curriculum is public, like a textbook: anyone may read it. */
    @Bean
    AccessRules curriculumAccess() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/roadmaps", "/api/v1/roadmaps/**",
                "/roadmaps", "/roadmaps/**").permitAll();
    }

    /** Content changes only on import, so clients revalidate cheaply with If-None-Match. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> curriculumEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/roadmaps", "/api/v1/roadmaps/*");
        return registration;
    }
}
