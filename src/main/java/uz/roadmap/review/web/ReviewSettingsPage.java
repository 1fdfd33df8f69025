package uz.roadmap.review.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
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

    record SettingsForm(double desiredRetention, int dailyReviewLimit, boolean loadBalancing,
            @Nullable Set<DayOfWeek> easyDays) {
    }

    /** A weekday as the form shows it: its value and its name in the page's language. */
    record Weekday(DayOfWeek value, String name) {
    }

    @GetMapping("/review/settings")
    String settings(Authentication user, Model model, Locale locale) {
        return page(model, locale, reviews.settings(id(user)));
    }

    @PostMapping("/review/settings")
    String update(Authentication user, @ModelAttribute SettingsForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        ReviewSettings settings;
        try {
            if (binding.hasErrors()) {
                throw new IllegalArgumentException(binding.toString());
            }
            settings = new ReviewSettings(form.desiredRetention(), form.dailyReviewLimit(), form.loadBalancing(),
                    form.easyDays() == null ? Set.of() : form.easyDays());
        }
        catch (IllegalArgumentException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", true);
            return page(model, locale, reviews.settings(id(user)));
        }
        reviews.updateSettings(id(user), settings);
        redirect.addAttribute("saved", "");
        return "redirect:/review/settings";
    }

    private static String page(Model model, Locale locale, ReviewSettings settings) {
        model.addAttribute("settings", settings);
        model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
                .map(day -> new Weekday(day, day.getDisplayName(TextStyle.FULL_STANDALONE, locale)))
                .toList());
        return "review/settings";
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
