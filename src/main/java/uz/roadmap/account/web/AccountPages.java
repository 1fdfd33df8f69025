package uz.roadmap.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
 * Signing up (which signs the learner in and asks a few first questions), signing in and the profile page.
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
    private final AuthenticationProvider signIn;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountPages(AccountManagement accounts, LocaleResolver locales, AuthenticationProvider signIn, Clock clock) {
        this.accounts = accounts;
        this.locales = locales;
        this.signIn = signIn;
        this.clock = clock;
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

        /** A field the browser left out is an empty one, which the sign-up refuses with its reason. */
        SignUpForm {
            email = Objects.requireNonNullElse(email, "");
            displayName = Objects.requireNonNullElse(displayName, "");
            password = Objects.requireNonNullElse(password, "");
        }
    }

    /**
     * Registers the learner and signs them in with what they just typed, then asks the few things
     * Today needs. Whether the email was registered before stays unsaid: an existing account whose
     * password is not the one typed is not signed in, and the answer is the same as for any sign-up.
     */
    @PostMapping("/sign-up")
    String signUp(@ModelAttribute("form") SignUpForm form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        var refusal = accounts.signUp(form.email(), form.password(), form.displayName(), locale.getLanguage());
        if (refusal.isPresent()) {
            model.addAttribute("form", new SignUpForm(form.email(), form.displayName(), ""));
            model.addAttribute("refusal", refusal.get());
            return "account/sign-up";
        }
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(form.email().strip(), form.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        try {
            var signedIn = signIn.authenticate(attempt);
            if (signedIn == null) {
                throw new BadCredentialsException("Not signed in");
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            sessions.saveContext(context, request, response);
        }
        catch (AuthenticationException notSignedIn) {
            redirect.addAttribute("registered", "");
            return "redirect:/sign-in";
        }
        return "redirect:/welcome";
    }

    /** The first questions after signing up: when the program starts, the interview, the daily goal and the language. */
    @GetMapping("/welcome")
    String welcome(Authentication user, Model model, Locale locale) {
        var profile = accounts.profile(id(user)).orElseThrow();
        var zone = profile.timeZone();
        model.addAttribute("form", new WelcomeForm(locale.getLanguage().equals("en") ? "en" : "uz",
                profile.programStart() != null ? profile.programStart() : LocalDate.now(clock.withZone(zone)),
                profile.interviewDate(), profile.dailyHoursGoal()));
        return "account/welcome";
    }

    record WelcomeForm(@Nullable String language, @Nullable LocalDate programStart, @Nullable LocalDate interviewDate,
            @Nullable Integer dailyHoursGoal) {
    }

    @PostMapping("/welcome")
    String welcomed(Authentication user, @ModelAttribute("form") WelcomeForm form, BindingResult binding, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        var profile = accounts.profile(id(user)).orElseThrow();
        var invalid = new ArrayList<String>();
        if (binding.hasFieldErrors("programStart") || form.programStart() == null) {
            invalid.add("programStart");
        }
        if (binding.hasFieldErrors("interviewDate") || form.interviewDate() != null && form.programStart() != null
                && form.interviewDate().isBefore(form.programStart())) {
            invalid.add("interviewDate");
        }
        if (binding.hasFieldErrors("dailyHoursGoal") || form.dailyHoursGoal() == null || form.dailyHoursGoal() < 1
                || form.dailyHoursGoal() > 12) {
            invalid.add("dailyHoursGoal");
        }
        if (!"uz".equals(form.language()) && !"en".equals(form.language())) {
            invalid.add("language");
        }
        if (!invalid.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("invalid", invalid);
            return "account/welcome";
        }
        var welcomed = new Profile(profile.displayName(), Objects.requireNonNull(form.language()), profile.timeZone(), form.programStart(),
                form.interviewDate(), Objects.requireNonNull(form.dailyHoursGoal()));
        accounts.updateProfile(id(user), welcomed);
        locales.setLocale(request, response, Locale.forLanguageTag(welcomed.language()));
        return "redirect:/today";
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
