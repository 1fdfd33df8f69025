package uz.roadmap.plan.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import uz.roadmap.plan.ProgramProgress;

/**
 * What the signed-in learner has done, as fragments the roadmap's public pages load into
 * themselves with htmx: the whole program on the roadmap page, one week on its page.
 */
@Controller
class ProgressFragments {

    private final ProgramProgress progress;

    ProgressFragments(ProgramProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/plan/weeks")
    String weeks(Authentication user, Model model) {
        model.addAttribute("weeks", progress.weeks(id(user)));
        return "plan/progress :: weeks";
    }

    @GetMapping("/plan/weeks/{week}")
    String week(Authentication user, @PathVariable int week, Model model) {
        model.addAttribute("done", progress.week(id(user), week)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "plan/progress :: week";
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
