package uz.roadmap.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uz.roadmap.assessment.MockGrading;
import uz.roadmap.assessment.MockInterviews;
import uz.roadmap.assessment.MockRecordings;
import uz.roadmap.assessment.MockReport;
import uz.roadmap.assessment.MockSummary;
import uz.roadmap.assessment.MockTiming;
import uz.roadmap.assessment.MockView;

@Tag(name = "Mock interviews", description = "My mock interviews: questions drawn from the weeks I have studied (one per "
        + "topic, leaning toward my weak topics), asked one at a time with a think time and an answer time, answered "
        + "aloud (the recording uploaded in chunks) or typed, then graded by me against each question's key points; "
        + "my poor answers become reviews due soon. A mentor of my cohort may see the report, play the recordings and "
        + "grade them too. Requires a bearer token; another learner's mock answers 404.")
@RestController
@RequestMapping("/api/v1/mock-interviews")
class MockInterviewApi {

    private static final String ROADMAP = "backend-8-weeks";

    private final MockInterviews interviews;
    private final MockGrading grading;
    private final MockRecordings recordings;

    MockInterviewApi(MockInterviews interviews, MockGrading grading, MockRecordings recordings) {
        this.interviews = interviews;
        this.grading = grading;
        this.recordings = recordings;
    }

    /** A mock to start: how many questions and how long for each (defaults: 6, 30 s to think, 180 s to answer). */
    record NewMock(@Nullable @Pattern(regexp = "[a-z0-9-]+") String roadmap,
            @Nullable @Min(1) @Max(MockInterviews.MAX_QUESTIONS) Integer questions,
            @Nullable @Min(0) @Max(300) Integer thinkSeconds, @Nullable @Min(30) @Max(900) Integer answerSeconds) {
    }

    /** My answer: typed ({@code text}), or spoken ({@code aloud}, its recording uploaded beside it). */
    record Answer(@Nullable @Size(max = 10_000) String text, @Nullable Boolean aloud, @Nullable @Min(0) @Max(3600) Integer seconds) {
    }

    /** The key points the answer covered, by index. */
    record Grade(@NotNull @Size(max = 50) List<@NotNull @Min(0) @Max(49) Integer> covered) {
    }

    @Operation(summary = "Start a mock interview, or resume the one I have open",
            description = "201 with a new mock; 200 with my open one (or the one an earlier request with the same "
                    + "`Idempotency-Key` started). 409 before week 2 of my program.")
    @PostMapping
    ResponseEntity<MockView> start(Authentication user, @Valid @RequestBody NewMock mock,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(min = 1, max = 100) String key) {
        var timing = new MockTiming(mock.thinkSeconds() == null ? MockTiming.DEFAULT.thinkSeconds() : mock.thinkSeconds(),
                mock.answerSeconds() == null ? MockTiming.DEFAULT.answerSeconds() : mock.answerSeconds());
        return switch (interviews.start(id(user), mock.roadmap() == null ? ROADMAP : mock.roadmap(),
                mock.questions() == null ? MockInterviews.DEFAULT_QUESTIONS : mock.questions(), timing, key)) {
            case MockInterviews.Started(var started, var resumed) when resumed -> ResponseEntity.ok(started);
            case MockInterviews.Started(var started, var resumed) ->
                ResponseEntity.created(URI.create("/api/v1/mock-interviews/" + started.id())).body(started);
            case MockInterviews.NotOpenYet(var week) -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Mock interviews open in week " + MockInterviews.FIRST_WEEK + " of the program; this is week " + week);
            case MockInterviews.NoQuestions() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "The roadmap has no questions in the weeks studied");
        };
    }

    @Operation(summary = "My mock interviews, oldest first, with the share of key points covered once graded")
    @GetMapping
    List<MockSummary> history(Authentication user) {
        return interviews.history(id(user));
    }

    @Operation(summary = "One mock: its questions (prompts once asked; model answers and key points once graded)",
            description = "Also for a mentor of the learner's cohort.")
    @GetMapping("/{mock}")
    MockView mock(Authentication user, @PathVariable UUID mock) {
        return interviews.mock(id(user), mock).or(() -> grading.mockFor(id(user), mock)).orElseThrow(MockInterviewApi::noSuchMock);
    }

    @Operation(summary = "The question to ask now, or being asked",
            description = "409 once the answering is over (every question answered or out of time).")
    @GetMapping("/{mock}/current")
    MockView.Question current(Authentication user, @PathVariable UUID mock) {
        var found = interviews.mock(id(user), mock).orElseThrow(MockInterviewApi::noSuchMock);
        if (found.current() == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The answering is over: the mock is being graded");
        }
        return found.questions().get(found.current() - 1);
    }

    @Operation(summary = "Have a question put to me now: its think time and answer time start",
            description = "Questions are asked in order (409 for another one). Asking the question being asked again "
                    + "changes nothing.")
    @PostMapping("/{mock}/questions/{number}/asking")
    MockView.Question ask(Authentication user, @PathVariable UUID mock, @PathVariable @Min(1) @Max(50) int number) {
        return switch (interviews.ask(id(user), mock, number)) {
            case MockInterviews.Asked(var asked) -> question(user, mock, asked);
            case MockInterviews.NotCurrent(var current) -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Questions are asked in order: the one to ask now is " + current);
            case MockInterviews.Over(var status) -> throw over();
            case MockInterviews.UnknownQuestion() -> throw noSuchQuestion(number);
            case MockInterviews.UnknownMock() -> throw noSuchMock();
        };
    }

    @Operation(summary = "Answer the question being asked: typed, or aloud (upload the recording beside it)",
            description = "409 when the question is not asked yet, is answered already, or its time is up (a recording "
                    + "begun in time is kept); 422 for an empty or too long typed answer.")
    @PutMapping("/{mock}/questions/{number}/answer")
    MockView.Question answer(Authentication user, @PathVariable UUID mock, @PathVariable @Min(1) @Max(50) int number,
            @Valid @RequestBody Answer answer) {
        return switch (interviews.answer(id(user), mock, number, answer.text() == null ? "" : answer.text(),
                Boolean.TRUE.equals(answer.aloud()), answer.seconds() == null ? Integer.MAX_VALUE : answer.seconds())) {
            case MockInterviews.Answered(var answered, var over) -> question(user, mock, answered);
            case MockInterviews.NotAsked() -> throw new ResponseStatusException(HttpStatus.CONFLICT, "The question has not been asked yet");
            case MockInterviews.AlreadyAnswered() -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The question is answered already");
            case MockInterviews.TimeUp() -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Time is up for this question: no answer is taken any more");
            case MockInterviews.EmptyAnswer(var reason) -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    reason == MockInterviews.EmptyAnswer.Reason.TOO_LONG ? "A typed answer has at most 10000 characters"
                            : "Type an answer, or answer aloud");
            case MockInterviews.Over(var status) -> throw over();
            case MockInterviews.UnknownQuestion() -> throw noSuchQuestion(number);
            case MockInterviews.UnknownMock() -> throw noSuchMock();
        };
    }

    @Operation(summary = "End the answering now and go on to grading; questions not asked stay unanswered")
    @PostMapping("/{mock}/finish")
    MockView finish(Authentication user, @PathVariable UUID mock) {
        return interviews.finish(id(user), mock).orElseThrow(MockInterviewApi::noSuchMock);
    }

    @Operation(summary = "Upload a chunk of the recording of my spoken answer",
            description = "Send the audio as it was recorded (WebM, Ogg, MP4 or WAV), in chunks of at most 2 MB: "
                    + "`offset` where the chunk starts, `total` the whole recording's size (by default this chunk's: a recording sent whole). The first chunk (offset 0) "
                    + "starts the upload afresh; after a dropped connection, ask how far it got (GET …/recording/upload) and "
                    + "go on from there. 415 when it is not audio, 413 when too large, 409 with the offset to send from when "
                    + "the chunk does not start there, or when the question takes no recording (not asked, or out of time).")
    @PutMapping(path = "/{mock}/questions/{number}/recording", consumes = MediaType.ALL_VALUE)
    MockRecordings.Received upload(Authentication user, @PathVariable UUID mock, @PathVariable @Min(1) @Max(50) int number,
            @RequestParam(defaultValue = "0") @Min(0) long offset, @RequestParam(required = false) @Nullable @Min(1) Long total,
            HttpServletRequest request) throws IOException {
        var chunk = read(request.getInputStream(), recordings.maxChunkBytes());
        return switch (recordings.upload(id(user), mock, number, offset, total == null ? chunk.length : total, chunk)) {
            case MockRecordings.Received received -> received;
            case MockRecordings.NotAudio() -> throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The recording is not audio: WebM, Ogg, MP4 or WAV are taken");
            case MockRecordings.TooLarge(var max) -> throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                    "Too large: at most " + max + " bytes");
            case MockRecordings.WrongOffset(var received) -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Send from offset " + received);
            case MockRecordings.NotTaken() -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "This question takes no recording now: it is not asked yet, or its time ran out");
            case MockRecordings.UnknownMock() -> throw noSuchMock();
        };
    }

    @Operation(summary = "How far the upload of a recording has got, to resume it")
    @GetMapping("/{mock}/questions/{number}/recording/upload")
    MockRecordings.Received progress(Authentication user, @PathVariable UUID mock, @PathVariable @Min(1) @Max(50) int number) {
        return recordings.progress(id(user), mock, number).orElseThrow(MockInterviewApi::noSuchMock);
    }

    @Operation(summary = "Play the recording of an answer", description = "For the learner and a mentor of their cohort only.")
    @GetMapping("/{mock}/questions/{number}/recording")
    ResponseEntity<InputStreamResource> play(Authentication user, @PathVariable UUID mock,
            @PathVariable @Min(1) @Max(50) int number) {
        var playback = recordings.play(id(user), mock, number).orElseThrow(MockInterviewApi::noSuchMock);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(playback.contentType()))
                .contentLength(playback.bytes()).cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(playback.content()));
    }

    @Operation(summary = "Grade my answer: the key points it covered",
            description = "Once the answering is over (409 before, and once the mock is completed); the last grade "
                    + "completes the mock and rates my poor answers into my review cards. 422 for a key point the "
                    + "question does not have.")
    @PutMapping("/{mock}/questions/{number}/grade")
    MockView.Question grade(Authentication user, @PathVariable UUID mock, @PathVariable @Min(1) @Max(50) int number,
            @Valid @RequestBody Grade grade) {
        return graded(user, mock, grading.grade(id(user), mock, number, grade.covered()), number);
    }

    @Operation(summary = "Grade a cohort learner's answer as their mentor",
            description = "For a mentor of the learner's cohort, once the learner completed the mock; kept beside the "
                    + "learner's own grade, and counted as stronger evidence.")
    @PutMapping("/{mock}/questions/{number}/mentor-grade")
    MockView.Question mentorGrade(Authentication user, @PathVariable UUID mock, @PathVariable @Min(1) @Max(50) int number,
            @Valid @RequestBody Grade grade) {
        return graded(user, mock, grading.gradeAsMentor(id(user), mock, number, grade.covered()), number);
    }

    @Operation(summary = "The report of a completed mock: coverage per question and topic, essential points missed, "
            + "time used, and my earlier mocks", description = "409 until it is completed; also for a mentor of the learner's cohort.")
    @GetMapping("/{mock}/report")
    MockReport report(Authentication user, @PathVariable UUID mock) {
        return switch (grading.report(id(user), mock)) {
            case MockGrading.Reported(var report) -> report;
            case MockGrading.NotCompleted(var status) -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The mock is reported once it is graded");
            case MockGrading.UnknownMock() -> throw noSuchMock();
        };
    }

    private MockView.Question graded(Authentication user, UUID mock, MockGrading.Grading outcome, int number) {
        return switch (outcome) {
            case MockGrading.Graded(var graded, var complete) -> grading.mockFor(id(user), mock)
                    .map(view -> view.questions().get(graded - 1)).orElseThrow(MockInterviewApi::noSuchMock);
            case MockGrading.NotGradable(var status) -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Not now: the learner grades once the answering is over, a mentor once the learner has completed it ("
                            + status + ")");
            case MockGrading.InvalidTicks() -> throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "A ticked key point the question does not have");
            case MockGrading.UnknownQuestion() -> throw noSuchQuestion(number);
            case MockGrading.UnknownMock() -> throw noSuchMock();
        };
    }

    private MockView.Question question(Authentication user, UUID mock, int number) {
        return interviews.mock(id(user), mock).map(view -> view.questions().get(number - 1)).orElseThrow(MockInterviewApi::noSuchMock);
    }

    /** Reads at most {@code limit} bytes; a longer body is refused without reading it all. */
    static byte[] read(InputStream body, int limit) throws IOException {
        var bytes = body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A chunk has at most " + limit + " bytes");
        }
        return bytes;
    }

    private static ResponseStatusException over() {
        return new ResponseStatusException(HttpStatus.CONFLICT, "The answering is over: the mock is being graded");
    }

    private static ResponseStatusException noSuchQuestion(int number) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "The mock has no question " + number);
    }

    private static ResponseStatusException noSuchMock() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static UUID id(Authentication user) {
        return UUID.fromString(user.getName());
    }
}
