package uz.roadmap.curriculum.web;



import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;

/**
 * The curriculum in the browser: the roadmap's weeks, a week, a topic with its levels, and a
 * question whose model answer stays hidden until the learner asks for it.
 */
@Controller
@RequestMapping("/roadmaps/{roadmap}")
class CurriculumPages {

    private final Curriculum curriculum;

    CurriculumPages(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    @GetMapping
    String roadmap(@PathVariable String roadmap, Model model) {
        model.addAttribute("roadmap", curriculum.roadmap(roadmap).orElseThrow(CurriculumPages::notFound));
        return "curriculum/roadmap";
    }

    @GetMapping("/weeks/{number}")
    String week(@PathVariable String roadmap, @PathVariable int number, Model model) {
        model.addAttribute("roadmap", curriculum.roadmap(roadmap).orElseThrow(CurriculumPages::notFound));
        model.addAttribute("detail", curriculum.week(roadmap, number).orElseThrow(CurriculumPages::notFound));
        model.addAttribute("questions", curriculum.questions(roadmap, new QuestionFilter(number, null, null), 0,
                Curriculum.MAX_PAGE_SIZE).items());
        model.addAttribute("selfTestItems", curriculum.selfTest(roadmap, number).size());
        return "curriculum/week";
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String roadmap, @PathVariable String slug, Model model) {
        model.addAttribute("roadmap", curriculum.roadmap(roadmap).orElseThrow(CurriculumPages::notFound));
        model.addAttribute("topic", curriculum.topic(roadmap, slug).orElseThrow(CurriculumPages::notFound));
        model.addAttribute("questions", curriculum.questions(roadmap, new QuestionFilter(null, slug, null), 0,
                Curriculum.MAX_PAGE_SIZE).items());
        return "curriculum/topic";
    }

    @GetMapping("/questions/{slug}")
    String question(@PathVariable String roadmap, @PathVariable String slug, Model model) {
        var question = curriculum.question(roadmap, slug).orElseThrow(CurriculumPages::notFound);
        model.addAttribute("roadmap", curriculum.roadmap(roadmap).orElseThrow(CurriculumPages::notFound));
        model.addAttribute("question", question);
        model.addAttribute("topic", curriculum.topic(roadmap, question.topic()).orElseThrow(CurriculumPages::notFound));
        return "curriculum/question";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
