package uz.roadmap.account.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.account.Profile;

/**
 * Signing up, signing in and the profile page.
 */
@Controller
class AccountPages {

    /** Time zones offered first: where most learners are, then the rest of the world. */
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private final AccountManagement accounts;
    private final LocaleResolver locales;

    AccountPages(AccountManagement accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    @GetMapping("/sign-in")
    String signIn() {
        return "account/sign-in";
    }

    @GetMapping("/sign-up")
    String signUpForm(Model model) {
        model.addAttribute("form", new SignUpForm("", "", ""));
        return "account/sign-up";
    }

    record SignUpForm(String email, String displayName, String password) {
    }

    @PostMapping("/sign-up")
    String signUp(@ModelAttribute("form") SignUpForm form, Model model, Locale locale, RedirectAttributes redirect) {
        var refusal = accounts.signUp(form.email(), form.password(), form.displayName(), locale.getLanguage());
        if (refusal.isPresent()) {
            model.addAttribute("form", new SignUpForm(form.email(), form.displayName(), ""));
            model.addAttribute("refusal", refusal.get());
            return "account/sign-up";
        }
        redirect.addAttribute("registered", "");
        return "redirect:/sign-in";
    }

    @GetMapping("/profile")
    String profile(Authentication user, Model model) {
        model.addAttribute("profile", accounts.profile(id(user)).orElseThrow());
        model.addAttribute("timeZones", TIME_ZONES);
        return "account/profile";
    }

    record ProfileForm(String displayName, String language, String timeZone, @Nullable LocalDate programStart,
            @Nullable LocalDate interviewDate, int dailyHoursGoal) {
    }

    @PostMapping("/profile")
    String updateProfile(Authentication user, @ModelAttribute ProfileForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Profile profile;
        try {
            if (binding.hasErrors()) {
                throw new IllegalArgumentException(binding.toString());
            }
            profile = new Profile(form.displayName(), form.language(), ZoneId.of(form.timeZone()), form.programStart(),
                    form.interviewDate(), form.dailyHoursGoal());
        }
        catch (RuntimeException invalid) {
            model.addAttribute("profile", accounts.profile(id(user)).orElseThrow());
            model.addAttribute("timeZones", TIME_ZONES);
            model.addAttribute("invalid", true);
            return "account/profile";
        }
        accounts.updateProfile(id(user), profile);
        locales.setLocale(request, response, Locale.forLanguageTag(profile.language()));
        redirect.addAttribute("saved", "");
        return "redirect:/profile";
    }

    /** Deletes the account after the user confirmed it, and signs them out. */
    @PostMapping("/profile/delete")
    String delete(Authentication user, @RequestParam(defaultValue = "false") boolean confirm,
            HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
        if (!confirm) {
            redirect.addAttribute("confirm", "");
            return "redirect:/profile";
        }
        accounts.delete(id(user));
        request.logout();
        redirect.addAttribute("deleted", "");
        return "redirect:/";
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
