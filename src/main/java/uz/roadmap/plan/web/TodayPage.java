package uz.roadmap.plan.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.plan.DailyPlan;

/**
 * The page a learner opens every morning.
 */
@Controller
class TodayPage {

    private final DailyPlan plan;
    private final Curriculum curriculum;

    TodayPage(DailyPlan plan, Curriculum curriculum) {
        this.plan = plan;
        this.curriculum = curriculum;
    }

    @GetMapping("/today")
    String today(Authentication user, Model model) {
        var today = plan.today(UUID.fromString(user.getName())).orElseThrow();
        model.addAttribute("today", today);
        model.addAttribute("topics", today.focusTopics().stream()
                .flatMap(slug -> curriculum.topic(DailyPlan.ROADMAP, slug).stream()).toList());
        model.addAttribute("questions", today.newQuestions().stream()
                .flatMap(slug -> curriculum.question(DailyPlan.ROADMAP, slug).stream()).toList());
        return "plan/today";
    }
}
