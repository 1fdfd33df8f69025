package uz.roadmap.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uz.roadmap.account.AccountDeleted;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.assessment.RecordingUploads.Upload;
import uz.roadmap.platform.ObjectStore;

/**
 * The recordings of spoken mock-interview answers, kept in the object store. A recording is
 * uploaded in chunks, each at the offset the server says it has reached, so that an upload cut off
 * resumes where it stopped; its first bytes must be audio, and it has a size limit. Only its learner
 * and a mentor of their cohort may play it. Deleting the account deletes them, and they are deleted
 * once older than the retention period.
 */
@Service
public class MockRecordings {

    private static final Logger log = LoggerFactory.getLogger(MockRecordings.class);

    private final Mocks mocks;
    private final RecordingUploads uploads;
    private final ObjectStore objects;
    private final AccountManagement accounts;
    private final MockRecordingProperties properties;
    private final Clock clock;

    MockRecordings(Mocks mocks, RecordingUploads uploads, ObjectStore objects, AccountManagement accounts,
            MockRecordingProperties properties, Clock clock) {
        this.mocks = mocks;
        this.uploads = uploads;
        this.objects = objects;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** The largest chunk one request may carry. */
    public int maxChunkBytes() {
        return (int) properties.maxChunk().toBytes();
    }

    /** The largest recording taken. */
    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    /** What became of a chunk. */
    public sealed interface Uploading {
    }

    /** Stored: how much of the recording has arrived; {@code complete} once all of it has. */
    public record Received(long received, long total, boolean complete) implements Uploading {
    }

    /** The recording does not begin like audio (WebM, Ogg, MP4 or WAV). */
    public record NotAudio() implements Uploading {
    }

    /** The recording, or the chunk, is larger than allowed. */
    public record TooLarge(long maxBytes) implements Uploading {
    }

    /** The chunk does not start where the upload has got to: send from {@code received}. */
    public record WrongOffset(long received) implements Uploading {
    }

    /** The question takes no recording now: not asked yet, or its time ran out without a spoken answer. */
    public record NotTaken() implements Uploading {
    }

    /** The learner has no such mock or question. */
    public record UnknownMock() implements Uploading {
    }

    /**
     * Takes a chunk of the recording of an answer. The first chunk (offset 0) declares the whole
     * size and starts the upload afresh; every later one must start where the upload has got to.
     */
    @Transactional
    public Uploading upload(UUID learner, UUID mock, int number, long offset, long total, byte[] chunk) {
        var found = mocks.findById(mock).filter(candidate -> candidate.learner().equals(learner))
                .filter(candidate -> candidate.sheet().question(number).isPresent());
        if (found.isEmpty()) {
            return new UnknownMock();
        }
        var max = properties.maxSize().toBytes();
        if (total > max || chunk.length > properties.maxChunk().toBytes()) {
            return new TooLarge(total > max ? max : properties.maxChunk().toBytes());
        }
        var upload = uploads.find(mock, number);
        Upload current;
        if (offset == 0) {
            if (!found.get().takesRecording(number, clock.instant())) {
                return new NotTaken();
            }
            var format = AudioFormat.of(java.util.Arrays.copyOf(chunk, Math.min(chunk.length, AudioFormat.HEADER)));
            if (format.isEmpty() || total < chunk.length || total == 0) {
                return format.isEmpty() ? new NotAudio() : new WrongOffset(0);
            }
            current = uploads.begin(mock, number, format.get().contentType(), total, clock.instant());
        }
        else {
            if (upload.isEmpty() || upload.get().complete()) {
                return new WrongOffset(upload.map(Upload::received).orElse(0L));
            }
            current = upload.get();
            if (offset != current.received() || total != current.total()) {
                return new WrongOffset(current.received());
            }
        }
        if (current.received() + chunk.length > current.total()) {
            return new TooLarge(current.total());
        }
        put(part(mock, number, current.chunks()), new ByteArrayInputStream(chunk), current.contentType());
        var now = uploads.received(current, chunk.length);
        if (now.complete()) {
            assemble(found.get(), now);
        }
        return new Received(now.received(), now.total(), now.complete());
    }

    /** How far the upload of an answer's recording has got, for a client that resumes it. */
    @Transactional
    public Optional<Received> progress(UUID learner, UUID mock, int number) {
        return mocks.findById(mock).filter(found -> found.learner().equals(learner))
                .flatMap(found -> uploads.find(mock, number))
                .map(upload -> new Received(upload.received(), upload.total(), upload.complete()));
    }

    /** A recording to play: its bytes, the caller closes the stream. */
    public record Playback(InputStream content, String contentType, long bytes) {
    }

    /** The recording of an answer, for its learner or a mentor of their cohort; nothing for anybody else. */
    @Transactional
    public Optional<Playback> play(UUID caller, UUID mock, int number) {
        return mocks.findById(mock)
                .filter(found -> found.learner().equals(caller) || accounts.mentors(caller, found.learner()))
                .flatMap(found -> found.sheet().question(number))
                .flatMap(question -> Optional.ofNullable(question.recording()))
                .flatMap(recording -> open(recording.key()).map(content -> new Playback(content, recording.contentType(),
                        recording.bytes())));
    }

    /** Puts the chunks together into the recording, and tells the mock it has it. */
    private void assemble(MockInterview mock, Upload upload) {
        var format = AudioFormat.valueOf(switch (upload.contentType()) {
            case "audio/ogg" -> "OGG";
            case "audio/mp4" -> "MP4";
            case "audio/wav" -> "WAV";
            default -> "WEBM";
        });
        var key = "mock-recordings/" + mock.id() + "/" + upload.question() + "." + format.extension();
        var parts = new ArrayList<InputStream>();
        for (var index = 0; index < upload.chunks(); index++) {
            parts.add(open(part(mock.id(), upload.question(), index)).orElseThrow(() -> new IllegalStateException("A chunk is missing")));
        }
        try (var whole = new SequenceInputStream(Collections.enumeration(parts))) {
            objects.put(key, whole, upload.contentType());
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        for (var index = 0; index < upload.chunks(); index++) {
            delete(part(mock.id(), upload.question(), index));
        }
        mock.recorded(upload.question(), new MockSheet.Recording(key, upload.contentType(), upload.total()));
        mocks.save(mock);
    }

    /** Deletes the recordings older than the retention period; the mocks keep their answers, grades and reports. */
    @Scheduled(fixedDelayString = "${roadmap.assessment.recordings.retention-check:6h}", initialDelayString = "1m")
    @Transactional
    public void deleteOldRecordings() {
        var old = mocks.withRecordingsBefore(clock.instant().minus(properties.retention()));
        for (var id : old) {
            mocks.findById(id).ifPresent(mock -> {
                deleteRecordings(mock);
                mock.forgetRecordings();
                mocks.save(mock);
            });
        }
        if (!old.isEmpty()) {
            log.info("Deleted the recordings of {} mock interviews past their retention", old.size());
        }
    }

    /** A deleted account's mocks go with it, recordings first. */
    @ApplicationModuleListener
    void forget(AccountDeleted deleted) {
        mocks.findByLearnerOrderByStartedAt(deleted.account()).forEach(this::deleteRecordings);
        mocks.deleteByLearner(deleted.account());
    }

    private void deleteRecordings(MockInterview mock) {
        for (var question : mock.sheet().questions()) {
            if (question.recording() != null) {
                delete(question.recording().key());
            }
            uploads.find(mock.id(), question.number()).ifPresent(upload -> {
                for (var index = 0; index < upload.chunks(); index++) {
                    delete(part(mock.id(), question.number(), index));
                }
            });
        }
    }

    private static String part(UUID mock, int number, int index) {
        return "mock-recordings/" + mock + "/" + number + ".part-" + index;
    }

    private void put(String key, InputStream content, String contentType) {
        try {
            objects.put(key, content, contentType);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private Optional<InputStream> open(String key) {
        try {
            return objects.open(key);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void delete(String key) {
        try {
            objects.delete(key);
        }
        catch (IOException failure) {
            log.warn("Could not delete {}: {}", key, failure.getMessage());
        }
    }

}
