package uz.roadmap.curriculum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.Roadmap;
import uz.roadmap.curriculum.Content;
import uz.roadmap.shared.Terms;

/**
 * The roadmap we ship is valid and as complete as the product promises.
 */
class ShippedContentTests {

    private static final Path DEFAULT_ROADMAP = Path.of("content/backend-8-weeks");

    private static final ContentReader.ReadContent READ = ContentReader.read(DEFAULT_ROADMAP);

    @Test
    void isValid() {
        assertThat(READ.problems()).isEmpty();
        assertThat(READ.valid()).isTrue();
    }

    /** Every text, the SQL labs' too, addresses the learner as "sen" and spells each loanword one way. */
    @Test
    void keepsTheUzbekHouseStyle() {
        assertThat(READ.warnings()).isEmpty();
    }

    @Test
    void coversEightWeeksAndTheWholeMatrix() {
        Roadmap roadmap = READ.roadmap();

        assertThat(roadmap.weeks()).hasSize(8);
        assertThat(roadmap.topics()).hasSizeBetween(40, 60);
        assertThat(roadmap.topics()).allSatisfy(topic -> assertThat(topic.levels()).hasSize(4));
        assertThat(roadmap.weeks()).allSatisfy(week -> week.learn()
                .forEach(bullet -> assertThat(bullet.references()).as("topics of %s", bullet.text().en()).isNotEmpty()));
    }

    @Test
    void hasAQuestionBankOfThirtyPerWeekWithAFifthNonStandard() {
        Roadmap roadmap = READ.roadmap();
        Map<Integer, Long> perWeek = roadmap.questions().stream().collect(Collectors.groupingBy(Question::week, Collectors.counting()));

        assertThat(perWeek.values()).hasSize(8).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(30));
        assertThat(roadmap.questions().stream().filter(question -> question.difficulty() == 3).count() * 5)
                .isGreaterThanOrEqualTo(roadmap.questions().size());
        assertThat(roadmap.questions()).allSatisfy(question -> assertThat(question.keyPoints()).hasSizeBetween(3, 7));
        assertThat(roadmap.questions()).allSatisfy(question -> {
            assertThat(words(question.answer().uz())).as("%s (uz) words", question.slug()).isBetween(80, 250);
            assertThat(words(question.answer().en())).as("%s (en) words", question.slug()).isBetween(80, 250);
        });
    }

    /**
     * Terms work in both languages: each key point is seen in its own wording and in the model
     * answer, in Uzbek and in English, when the texts are compared the way learners' answers are.
     */
    @Test
    void everyKeyPointIsRecognisedInItsOwnWordsAndInTheModelAnswerInBothLanguages() {
        assertThat(READ.roadmap().questions()).allSatisfy(question -> {
            for (var index = 0; index < question.keyPoints().size(); index++) {
                var point = question.keyPoints().get(index);
                assertThat(recognised(point, point.text().uz())).as("%s #%d in its Uzbek words", question.slug(), index).isTrue();
                assertThat(recognised(point, point.text().en())).as("%s #%d in its English words", question.slug(), index).isTrue();
                assertThat(recognised(point, question.answer().uz())).as("%s #%d in the Uzbek answer", question.slug(), index).isTrue();
                assertThat(recognised(point, question.answer().en())).as("%s #%d in the English answer", question.slug(), index).isTrue();
            }
        });
    }

    private static boolean recognised(Content.KeyPoint point, String text) {
        var forms = Terms.forms(text);
        return point.terms().stream().anyMatch(term -> Terms.occursIn(forms, Terms.compared(term)));
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    @Test
    void hasTwelveSelfTestItemsPerWeek() {
        Map<Integer, Long> perWeek = READ.roadmap().selfTestItems().stream()
                .collect(Collectors.groupingBy(Content.SelfTestItem::week, Collectors.counting()));

        assertThat(perWeek.values()).hasSize(8).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(12));
    }

    @Test
    void containsEverySeedInterviewQuestionVerbatim() {
        var seedPrompts = READ.roadmap().questions().stream().filter(Question::seed).map(question -> question.prompt().uz()).toList();

        assertThat(seedPrompts).contains("Process va Thread farqi nima?", "TCP 3-way handshake qanday ishlaydi?",
                "HTTPS qanday shifrlaydi?", "Rebase vs Merge qachon ishlatiladi?", "Go’da value va reference qanday uzatiladi?",
                "Interface nima uchun kerak?", "Deadlock qanday yuz beradi va qanday oldini olasiz?",
                "Index qachon yaratiladi?", "ACID nima?", "Sharding qachon kerak?",
                "Cache invalidation muammosi qanday yechiladi?", "Large file qanday samarali yuklanadi?",
                "Kafka va RabbitMQ farqi?", "Rate limiting algoritmlari?", "gRPC qachon REST dan yaxshi?",
                "Microservices qanday muammolar keltirib chiqaradi?", "Singleton Go’da thread-safe qanday qilinadi?",
                "Rate limiter design qiling", "Docker qanday ishlaydi?", "Unit test va Integration test farqi?",
                "CI/CD pipeline qanday bo‘ladi?");
    }

    @Test
    void everySeedPracticeBulletHasItsTask() {
        var practice = READ.roadmap().weeks().stream().map(Content.Week::practice).flatMap(Collection::stream).toList();

        assertThat(practice).hasSize(21).allSatisfy(bullet -> assertThat(bullet.references()).hasSize(1));
    }
}
