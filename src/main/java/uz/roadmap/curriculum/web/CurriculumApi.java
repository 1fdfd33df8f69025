package uz.roadmap.curriculum.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Content.SelfTestQuestion;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.curriculum.QuestionPage;
import uz.roadmap.curriculum.RoadmapExport;
import uz.roadmap.curriculum.RoadmapOverview;
import uz.roadmap.curriculum.WeekDetail;

@Tag(name = "Curriculum", description = "The roadmap's weeks, topics, questions, self-tests and tasks. Public, read-only; "
        + "responses carry an ETag and answer 304 to a matching If-None-Match.")
@RestController
@SecurityRequirements // public: no token needed
@RequestMapping("/api/v1/roadmaps")
class CurriculumApi {

    private final Curriculum curriculum;
    private final AnkiDeck anki;

    CurriculumApi(Curriculum curriculum, AnkiDeck anki) {
        this.curriculum = curriculum;
        this.anki = anki;
    }

    @Operation(summary = "All roadmaps, with their weeks")
    @GetMapping
    List<RoadmapOverview> roadmaps() {
        return curriculum.roadmaps();
    }

    @Operation(summary = "A roadmap: its goal, rules and weeks")
    @GetMapping("/{roadmap}")
    RoadmapOverview roadmap(@PathVariable String roadmap) {
        return found(curriculum.roadmap(roadmap).orElse(null));
    }

    @Operation(summary = "A week with its topics and practice tasks")
    @GetMapping("/{roadmap}/weeks/{number}")
    WeekDetail week(@PathVariable String roadmap, @PathVariable int number) {
        return found(curriculum.week(roadmap, number).orElse(null));
    }

    @Operation(summary = "What a week's self-test asks: its items and their options, without the answers",
            description = "The answers are revealed only by the report of a submitted attempt (`/api/v1/self-tests`).")
    @GetMapping("/{roadmap}/weeks/{number}/self-test")
    List<SelfTestQuestion> selfTest(@PathVariable String roadmap, @PathVariable int number) {
        week(roadmap, number);
        return curriculum.selfTest(roadmap, number).stream().map(SelfTestItem::question).toList();
    }

    @Operation(summary = "The topics of the competency matrix, optionally of one week")
    @GetMapping("/{roadmap}/topics")
    List<Topic> topics(@PathVariable String roadmap, @RequestParam(required = false) @Nullable Integer week) {
        roadmap(roadmap);
        return curriculum.topics(roadmap, week);
    }

    @Operation(summary = "A topic with what each of its levels 0–3 means")
    @GetMapping("/{roadmap}/topics/{slug}")
    Topic topic(@PathVariable String roadmap, @PathVariable String slug) {
        return found(curriculum.topic(roadmap, slug).orElse(null));
    }

    @Operation(summary = "Interview questions, filtered and paged (ordered by week, then slug)")
    @GetMapping("/{roadmap}/questions")
    QuestionPage questions(@PathVariable String roadmap,
            @RequestParam(required = false) @Nullable @Min(1) Integer week,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[a-z0-9-]+") String topic,
            @RequestParam(required = false) @Nullable @Min(1) @Max(3) Integer difficulty,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Curriculum.MAX_PAGE_SIZE) int size) {
        roadmap(roadmap);
        return curriculum.questions(roadmap, new QuestionFilter(week, topic, difficulty), page, size);
    }

    @Operation(summary = "A question with its model answer and key points")
    @GetMapping("/{roadmap}/questions/{slug}")
    Question question(@PathVariable String roadmap, @PathVariable String slug) {
        return found(curriculum.question(roadmap, slug).orElse(null));
    }

    @Operation(summary = "The whole roadmap in one JSON document")
    @GetMapping("/{roadmap}/export")
    RoadmapExport export(@PathVariable String roadmap) {
        return found(curriculum.export(roadmap).orElse(null));
    }

    @Operation(summary = "All questions as a CSV deck that Anki imports, in one language (uz by default)")
    @GetMapping(value = "/{roadmap}/questions.csv", produces = "text/csv")
    ResponseEntity<String> ankiDeck(@PathVariable String roadmap,
            @RequestParam(defaultValue = "uz") @Pattern(regexp = "uz|en") String lang) {
        var export = found(curriculum.export(roadmap).orElse(null));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(roadmap + "-" + lang + ".csv").build().toString())
                .body(anki.csv(roadmap, export.questions(), Locale.forLanguageTag(lang)));
    }

    private static <T> T found(@Nullable T item) {
        if (item == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return item;
    }
}
