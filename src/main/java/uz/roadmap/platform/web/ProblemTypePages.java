package uz.roadmap.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Documents each problem type at its own URI, so a developer who meets one can read what it means.
 */
@Controller
class ProblemTypePages {

    @GetMapping("/problems/{slug}")
    String problemType(@PathVariable String slug, Model model) {
        if (!ProblemType.ALL.contains(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("slug", slug);
        return "problem-type";
    }
}
