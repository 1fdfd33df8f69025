package uz.roadmap.review.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import uz.roadmap.review.ReviewManagement;
import uz.roadmap.review.ReviewSettings;
import uz.roadmap.review.scheduling.FsrsParameters;

/**
 * The learner's review settings in the browser: desired retention, daily review limit, load
 * balancing and easy days.
 */
@Controller
class ReviewSettingsPage {

    private final ReviewManagement reviews;

    ReviewSettingsPage(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    /** The form as typed: numbers stay text, so that a wrong one is shown back as it was typed. */
    record SettingsForm(@Nullable String desiredRetention, @Nullable String dailyReviewLimit, boolean loadBalancing,
            @Nullable Set<DayOfWeek> easyDays) {

        static SettingsForm of(ReviewSettings settings) {
            return new SettingsForm(String.format(Locale.ROOT, "%.2f", settings.desiredRetention()),
                    String.valueOf(settings.dailyReviewLimit()), settings.loadBalancing(), settings.easyDays());
        }

        public Set<DayOfWeek> days() {
            return easyDays == null ? Set.of() : easyDays;
        }

        /** The fields whose values are out of range or not numbers. */
        Set<String> invalidFields() {
            var invalid = new LinkedHashSet<String>();
            var retention = number(desiredRetention);
            if (retention == null || !(retention >= FsrsParameters.MIN_RETENTION && retention <= FsrsParameters.MAX_RETENTION)) {
                invalid.add("desiredRetention");
            }
            var limit = number(dailyReviewLimit);
            if (limit == null || limit != Math.rint(limit) || limit < 1 || limit > ReviewSettings.MAX_DAILY_REVIEW_LIMIT) {
                invalid.add("dailyReviewLimit");
            }
            if (days().size() == DayOfWeek.values().length) {
                invalid.add("easyDays");
            }
            return invalid;
        }

        ReviewSettings settings() {
            return new ReviewSettings(Objects.requireNonNull(number(desiredRetention)),
                    (int) (double) Objects.requireNonNull(number(dailyReviewLimit)), loadBalancing, days());
        }

        /** A number as a person types it: a decimal comma is as good as a point. */
        private static @Nullable Double number(@Nullable String typed) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(typed.strip().replace(',', '.'));
            }
            catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    /** A weekday as the form shows it: its value and its name in the page's language. */
    record Weekday(DayOfWeek value, String name) {
    }

    @GetMapping("/review/settings")
    String settings(Authentication user, Model model, Locale locale) {
        return page(model, locale, SettingsForm.of(reviews.settings(id(user))), Set.of());
    }

    /** Saves valid settings; otherwise shows the form again as it was typed, each wrong field marked. */
    @PostMapping("/review/settings")
    String update(Authentication user, @ModelAttribute SettingsForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        var invalid = new LinkedHashSet<>(form.invalidFields());
        binding.getFieldErrors().forEach(error -> invalid.add(error.getField()));
        if (!invalid.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, locale, form, invalid);
        }
        reviews.updateSettings(id(user), form.settings());
        redirect.addAttribute("saved", "");
        return "redirect:/review/settings";
    }

    private static String page(Model model, Locale locale, SettingsForm form, Set<String> invalid) {
        model.addAttribute("form", form);
        model.addAttribute("invalid", invalid);
        model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
                .map(day -> new Weekday(day, day.getDisplayName(TextStyle.FULL_STANDALONE, locale)))
                .toList());
        return "review/settings";
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
