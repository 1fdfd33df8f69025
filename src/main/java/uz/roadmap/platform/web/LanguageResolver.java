package uz.roadmap.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of the web interface: Uzbek by default, English second. A choice made with
 * {@code ?lang=en} is remembered in a cookie for a year; without one, the browser's preferred
 * language is used when it is one we speak. Any other language falls back to Uzbek.
 */
class LanguageResolver extends CookieLocaleResolver {

    static final String PARAMETER = "lang";
    static final Locale UZBEK = Locale.forLanguageTag("uz");
    static final List<Locale> SUPPORTED = List.of(UZBEK, Locale.ENGLISH);

    LanguageResolver() {
        super(PARAMETER);
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(request -> preferredByBrowser(request));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable LocaleContext context) {
        var chosen = context != null ? context.getLocale() : null;
        super.setLocaleContext(request, response, chosen == null ? null : new SimpleLocaleContext(supported(chosen)));
    }

    private static Locale preferredByBrowser(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return UZBEK;
        }
        try {
            var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match != null ? match : UZBEK;
        }
        catch (IllegalArgumentException malformed) {
            return UZBEK;
        }
    }

    private static Locale supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(UZBEK);
    }
}
