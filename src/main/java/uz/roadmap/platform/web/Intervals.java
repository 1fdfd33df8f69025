package uz.roadmap.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Spans of time as a learner reads them on a rating button or after a review — "&lt;1 min", "10
 * min", "3 d", "1.5 mo" — in the page's language. Pages use it as {@code @intervals}.
 */
@Component("intervals")
public class Intervals {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private final MessageSource messages;
    private final Clock clock;

    Intervals(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** From now until this moment. */
    public String until(Instant moment) {
        return of(Duration.between(clock.instant(), moment));
    }

    /** From one moment to another. */
    public String between(Instant from, Instant to) {
        return of(Duration.between(from, to));
    }

    /** A span, rounded to its largest sensible unit. */
    public String of(Duration span) {
        var locale = LocaleContextHolder.getLocale();
        var seconds = Math.max(0, span.toSeconds());
        if (seconds < MINUTE) {
            return text("interval.lessThanAMinute", locale);
        }
        if (seconds < HOUR) {
            return text("interval.minutes", locale, Math.round(seconds / (double) MINUTE));
        }
        if (seconds < DAY) {
            return text("interval.hours", locale, Math.round(seconds / (double) HOUR));
        }
        var days = seconds / (double) DAY;
        if (days < 30) {
            return text("interval.days", locale, Math.round(days));
        }
        if (days < 365) {
            return text("interval.months", locale, Math.round(days / 30 * 10) / 10.0);
        }
        return text("interval.years", locale, Math.round(days / 365 * 10) / 10.0);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
