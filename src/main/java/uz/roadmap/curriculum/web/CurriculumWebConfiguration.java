package uz.roadmap.curriculum.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.server.security.RequestMapperConfigurer;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import uz.roadmap.grpc.v1.CurriculumServiceGrpc;
import uz.roadmap.platform.AccessRules;

@Configuration(proxyBeanMethods = false)
class CurriculumWebConfiguration {

    /** The curriculum is public, like a textbook: anyone may read it. */
    @Bean
    AccessRules curriculumAccess() {
        return new AccessRules() {

            @Override
            public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
                requests.requestMatchers(HttpMethod.GET, "/api/v1/roadmaps", "/api/v1/roadmaps/**", "/roadmaps",
                        "/roadmaps/**").permitAll();
            }

            @Override
            public void declare(RequestMapperConfigurer methods) {
                methods.methods(CurriculumServiceGrpc.SERVICE_NAME + "/*").permitAll();
            }
        };
    }

    /** Content changes only on import, so clients revalidate cheaply with If-None-Match. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> curriculumEtags() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/roadmaps", "/api/v1/roadmaps/*");
        return registration;
    }
}
