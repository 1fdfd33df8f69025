package uz.roadmap.platform.web;

import java.util.Set;

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

    private static final Set<String> KNOWN = Set.of("bad-request", "malformed-request", "validation-failed",
            "unauthenticated", "forbidden", "not-found", "method-not-allowed", "not-acceptable", "conflict",
            "content-too-large", "unsupported-media-type", "unprocessable", "rate-limited", "server-error");

    @GetMapping("/problems/{slug}")
    String problemType(@PathVariable String slug, Model model) {
        if (!KNOWN.contains(slug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("slug", slug);
        return "problem-type";
    }
}
