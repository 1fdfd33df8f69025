package uz.roadmap.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uz.roadmap.platform.IdempotencyKeys;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {


    @Bean
    FilterRegistrationBean<WellFormedRequests> wellFormedRequests(RequestLimits limits) {
        var registration = new FilterRegistrationBean<>(new WellFormedRequests(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After authentication: idempotency keys are the caller's. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(ObjectProvider<IdempotencyKeys> keys) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(keys));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /** Tomcat's own error answers (see {@link ProblemReportValve}) are problem details too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTomcat(MessageSource messages) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ProblemReportValve(messages));
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
