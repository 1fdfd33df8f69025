package uz.roadmap.curriculum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.ValidateCommand;

/**
 * Each way authors break content is reported with the file, the line and a plain message. Every
 * test starts from a small valid roadmap and breaks one thing in a copy of it.
 */
class ContentValidationTests {

    private static final Path TINY = Path.of("src/test/resources/content/tiny");
    private static final String WEEK = "weeks/01-basics/";

    @TempDir
    Path roadmap;

    @Test
    void theFixtureIsValid() throws IOException {
        copyFixture();

        assertThat(ContentReader.read(roadmap).problems()).isEmpty();
        assertThat(ContentReader.read(roadmap).warnings()).isEmpty();
    }

    @Test
    void aMissingLanguageIsReported() throws IOException {
        copyFixture();
        edit(WEEK + "questions.yaml", "    en: \"How does the TCP 3-way handshake work?\"\n", "");

        assertThat(problems()).containsExactly(WEEK + "questions.yaml:6: missing language 'en'");
    }

    @Test
    void aDuplicateSlugIsReportedWhereItRepeats() throws IOException {
        copyFixture();
        edit(WEEK + "tasks.yaml", "- slug: count-customers", "- slug: capture-packets");

        assertThat(problems()).containsExactly(
                WEEK + "tasks.yaml:11: duplicate task slug 'capture-packets' (first at " + WEEK + "tasks.yaml:1)");
    }

    @Test
    void anUnknownTopicIsReported() throws IOException {
        copyFixture();
        edit(WEEK + "self-test.yaml", "topic: osi-tcp-udp", "topic: tcp-udp");

        assertThat(problems()).containsExactly(WEEK + "self-test.yaml:1: unknown topic 'tcp-udp'");
    }

    @Test
    void aQuestionWithoutKeyPointsIsReported() throws IOException {
        copyFixture();
        var questions = Files.readString(roadmap.resolve(WEEK + "questions.yaml"));
        Files.writeString(roadmap.resolve(WEEK + "questions.yaml"),
                questions.substring(0, questions.indexOf("  keyPoints:")) + "  keyPoints: []\n");

        assertThat(problems()).containsExactly(WEEK + "questions.yaml:1: question 'tcp-three-way-handshake' has no key points");
    }

    @Test
    void brokenReferencesAreReported() throws IOException {
        copyFixture();
        edit(WEEK + "week.yaml", "task: capture-packets", "task: capture-frames");
        edit(WEEK + "tasks.yaml", "dataset: shop", "dataset: library");

        assertThat(problems()).containsExactlyInAnyOrder(
                WEEK + "week.yaml:8: unknown task 'capture-frames'",
                WEEK + "tasks.yaml:11: dataset 'library' does not exist (expected datasets/library.sql)");
    }

    @Test
    void aMissingWeekFolderIsABrokenReference() throws IOException {
        copyFixture();
        edit("roadmap.yaml", "  - 01-basics", "  - 01-basics\n  - 02-more");

        assertThat(problems()).containsExactly("roadmap.yaml:14: week folder 'weeks/02-more' does not exist");
    }

    @Test
    void aSelfTestBlueprintMustNameAWeekThatExists() throws IOException {
        copyFixture();
        edit("roadmap.yaml", MOCK_INTERVIEW, MOCK_INTERVIEW + "\n  selfTests:\n    - {week: 1, items: 1, minutes: 10}\n    - {week: 2, items: 1}");

        assertThat(problems()).containsExactly("roadmap.yaml:14: the self-test blueprint names week 2, which does not exist");
    }

    @Test
    void aSelfTestBlueprintCannotAskForMoreItemsThanTheWeekHas() throws IOException {
        copyFixture();
        edit("roadmap.yaml", MOCK_INTERVIEW, MOCK_INTERVIEW + "\n  selfTests:\n    - {week: 1, items: 2, minutes: 10}");

        assertThat(problems()).containsExactly("roadmap.yaml:13: the self-test of week 1 asks for 2 items; the week has 1");
    }

    @Test
    void aRoadmapWithoutLevelRulesTakesTheStandardOnes() throws IOException {
        copyFixture();

        assertThat(ContentReader.read(roadmap).roadmap().rules().levelRules()).isEqualTo(Content.LevelRules.standard());
    }

    @Test
    void declaredLevelRulesAreRead() throws IOException {
        copyFixture();
        edit("roadmap.yaml", MOCK_INTERVIEW, MOCK_INTERVIEW + "\n  levels:\n    recall: 90\n    rules:\n      - {level: 1, questions: {difficulty: 1, share: 50, coverage: 40}}\n      - {level: 2, selfTest: {percent: 60, cbm: -1}}\n      - {level: 3, mockInterview: {percent: 80}}");

        var rules = ContentReader.read(roadmap).roadmap().rules().levelRules();
        assertThat(problems()).isEmpty();
        assertThat(rules.recall()).isEqualTo(90);
        assertThat(rules.level(1).orElseThrow().questions()).isEqualTo(new Content.QuestionRule(1, 50, 40));
        assertThat(rules.level(2).orElseThrow().selfTest()).isEqualTo(new Content.SelfTestRule(60, -1));
        assertThat(rules.level(3).orElseThrow().mockInterview()).isEqualTo(new Content.MockInterviewRule(80, false));
    }

    @Test
    void everyLevelIsDeclaredOnceAndAsksForEvidence() throws IOException {
        copyFixture();
        edit("roadmap.yaml", MOCK_INTERVIEW, MOCK_INTERVIEW + "\n  levels:\n    recall: 85\n    rules:\n      - {level: 1, questions: {difficulty: 1, share: 80, coverage: 60}}\n      - {level: 1, labs: true}\n      - {level: 3}");

        assertThat(problems()).containsExactly(
                "roadmap.yaml:16: level 1 is declared twice (first at roadmap.yaml:15)",
                "roadmap.yaml:17: level 3 asks for no evidence: give it questions, selfTest, labs or mockInterview",
                "roadmap.yaml:1: the level rules do not declare level 2");
    }

    @Test
    void aLevelRuleOutOfRangeIsReported() throws IOException {
        copyFixture();
        edit("roadmap.yaml", MOCK_INTERVIEW, MOCK_INTERVIEW + "\n  levels:\n    recall: 100\n    rules:\n      - {level: 1, questions: {difficulty: 4, share: 80, coverage: 60}}\n      - {level: 2, labs: true}\n      - {level: 3, labs: true}");

        assertThat(problems()).containsExactly("roadmap.yaml:13: 'recall' must be between 1 and 99, not 100",
                "roadmap.yaml:15: 'difficulty' must be between 1 and 3, not 4");
    }

    @Test
    void malformedYamlIsReportedAtItsLine() throws IOException {
        copyFixture();
        edit(WEEK + "topics.yaml", "  summary: {uz: \"Transport\", en: \"Transport\"}", "  summary: {uz: \"Transport\", en: [Transport}");

        assertThat(problems()).singleElement().asString().startsWith(WEEK + "topics.yaml:3: malformed YAML");
    }

    @Test
    void aTopicMustDescribeAllFourLevels() throws IOException {
        copyFixture();
        edit(WEEK + "topics.yaml", "    3: {uz: \"Nostandart masalalar\", en: \"Non-standard tasks\"}\n", "");

        assertThat(problems()).containsExactly(WEEK + "topics.yaml:5: missing the description of level 3");
    }

    @Test
    void aTermOfASingleCharacterIsRefused() throws IOException {
        copyFixture();
        edit(WEEK + "questions.yaml", "      terms: [ACK]", "      terms: [ACK, \"&\", \"(T)\"]");

        assertThat(problems()).containsExactly(
                WEEK + "questions.yaml:20: term '&' is a single character as the matcher compares it ('&'), so almost any answer contains it",
                WEEK + "questions.yaml:20: term '(T)' is a single character as the matcher compares it ('t'), so almost any answer contains it");
    }

    @Test
    void aTermOfStopWordsIsRefusedInEitherLanguage() throws IOException {
        copyFixture();
        edit(WEEK + "questions.yaml", "      terms: [SYN]", "      terms: [SYN, \"va\", \"before the\"]");

        assertThat(problems()).containsExactly(
                WEEK + "questions.yaml:16: term 'va' is a stop word, so almost any answer contains it",
                WEEK + "questions.yaml:16: term 'before the' is a stop word, so almost any answer contains it");
    }

    @Test
    void aTwoLetterTermMustBeAnEstablishedAbbreviation() throws IOException {
        copyFixture();
        edit(WEEK + "questions.yaml", "      terms: [SYN]", "      terms: [SYN, CI, \"-u\", \"ab\"]");

        assertThat(problems()).containsExactly(WEEK + "questions.yaml:16: term 'ab' has only two letters and is not an"
                + " established abbreviation (curriculum/abbreviations.txt), so answers contain it by chance");
    }

    @Test
    void aKeyPointWithoutTermsIsReported() throws IOException {
        copyFixture();
        edit(WEEK + "questions.yaml", "      terms: [SYN-ACK]\n", "");

        assertThat(problems()).containsExactly(
                WEEK + "questions.yaml:17: a key point needs terms: without them no answer is ever seen to cover it");
    }

    @Test
    void uzbekTextThatAddressesTheLearnerAsSizIsWarnedOn() throws IOException {
        copyFixture();
        edit(WEEK + "tasks.yaml", "{uz: \"tcpdump ishga tushir\"", "{uz: \"`tcpdump`’siz emas: tcpdump’ingizni ishga tushiring, natijangizni saqlaysiz\"");

        var read = ContentReader.read(roadmap);

        assertThat(read.valid()).isTrue();
        assertThat(read.warnings()).map(ContentProblem::toString).containsExactly(
                WEEK + "tasks.yaml:6: 'tcpdump’ingizni' addresses the learner as siz; the roadmap says sen (content/README.md)",
                WEEK + "tasks.yaml:6: 'natijangizni' addresses the learner as siz; the roadmap says sen (content/README.md)",
                WEEK + "tasks.yaml:6: 'saqlaysiz' addresses the learner as siz; the roadmap says sen (content/README.md)");
    }

    @Test
    void aLoanwordInTheSpellingTheRoadmapDoesNotUseIsWarnedOnAtItsLine() throws IOException {
        copyFixture();
        edit(WEEK + "questions.yaml", "mijoz ACK yuboradi.\n", "mijoz ACK yuboradi.\n      Tranzaksiya emas, file’lar ham emas.\n");

        assertThat(warnings()).containsExactly(
                WEEK + "questions.yaml:11: 'tranzaksiya': this roadmap writes this loanword 'transaction' (content/README.md)",
                WEEK + "questions.yaml:11: 'file’lar': this roadmap writes this loanword 'fayl' (content/README.md)");
    }

    @Test
    void aSuffixGluedToAnEnglishSpelledTermIsWarnedOn() throws IOException {
        copyFixture();
        edit(WEEK + "tasks.yaml", "{uz: \"Yozuv bor\"", "{uz: \"Servicelar va service’lar, services\"");

        assertThat(warnings()).containsExactly(WEEK + "tasks.yaml:7: 'servicelar': a suffix goes after ’ (service’lar)");
    }

    @Test
    void anUzbekSpelledWordTakesItsSuffixWithoutAnApostrophe() throws IOException {
        copyFixture();
        edit(WEEK + "tasks.yaml", "{uz: \"pcap fayl\"", "{uz: \"pcap fayl’lar\"");

        assertThat(warnings()).containsExactly(
                WEEK + "tasks.yaml:10: 'fayl’lar': a word in Uzbek spelling takes its suffix without ’ (fayllar)");
    }

    @Test
    void theValidateCommandPrintsWarningsAndSucceeds() throws IOException {
        copyFixture();
        edit(WEEK + "tasks.yaml", "{uz: \"Yozuv bor\"", "{uz: \"Indeks bor\"");
        var output = new ByteArrayOutputStream();

        var exitCode = ValidateCommand.run(new String[] { "validate", roadmap.toString() },
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains(roadmap.resolve(WEEK + "tasks.yaml") + ":7: warning: 'indeks': this roadmap writes this loanword 'index'")
                .contains("; 1 warning(s)");
    }

    @Test
    void theValidateCommandPrintsProblemsAndFailsOnThem() throws IOException {
        copyFixture();
        edit(WEEK + "self-test.yaml", "topic: osi-tcp-udp", "topic: tcp-udp");
        var output = new ByteArrayOutputStream();

        var exitCode = ValidateCommand.run(new String[] { "validate", roadmap.toString() },
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains(roadmap.resolve(WEEK + "self-test.yaml") + ":1: unknown topic 'tcp-udp'");
    }

    @Test
    void theValidateCommandSummarisesValidContent() throws IOException {
        copyFixture();
        var output = new ByteArrayOutputStream();

        var exitCode = ValidateCommand.run(new String[] { "validate", roadmap.toString() },
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("valid — 1 weeks, 1 topics, 1 questions");
    }

    private static final String MOCK_INTERVIEW = "  mockInterview: {week: 1, spoken: true}";

    private List<String> problems() {
        return ContentReader.read(roadmap).problems().stream().map(ContentProblem::toString).toList();
    }

    private List<String> warnings() {
        return ContentReader.read(roadmap).warnings().stream().map(ContentProblem::toString).toList();
    }

    private void copyFixture() throws IOException {
        FileSystemUtils.copyRecursively(TINY, roadmap);
    }

    private void edit(String file, String text, String replacement) throws IOException {
        var path = roadmap.resolve(file);
        var content = Files.readString(path);
        assertThat(content).as("fixture %s", file).contains(text);
        Files.writeString(path, content.replace(text, replacement));
    }
}
