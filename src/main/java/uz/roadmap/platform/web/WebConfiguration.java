package uz.roadmap.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * Interface texts, in {@code messages_uz.properties} and {@code messages_en.properties}. A text
     * missing in the requested language is taken from the Uzbek file.
     */
    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(LanguageResolver.UZBEK);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName(LanguageResolver.PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
