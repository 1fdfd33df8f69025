package uz.roadmap.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() throws IOException {
        return interfaceTexts();
    }

    /**
     * Interface texts: the layout's and the shared ones in {@code messages_uz.properties} and
     * {@code messages_en.properties}, and each module's own in {@code messages/<module>_uz.properties}
     * and {@code messages/<module>_en.properties}, next to its templates in spirit. A text missing in
     * the requested language is taken from the Uzbek file.
     */
    static ResourceBundleMessageSource interfaceTexts() throws IOException {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(LanguageResolver.UZBEK);
        return messages;
    }

    /** {@code messages}, then {@code messages/<module>} for every module bundle on the class path. */
    static List<String> basenames() throws IOException {
        var basenames = new ArrayList<>(List.of("messages"));
        Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*_uz.properties"))
                .map(resource -> Objects.requireNonNull(resource.getFilename()))
                .map(file -> "messages/" + file.substring(0, file.length() - "_uz.properties".length()))
                .sorted()
                .forEach(basenames::add);
        return basenames;
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
