package uz.roadmap.assessment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each recording's upload has got: its declared size and type, the bytes and chunks
 * received so far. An upload cut off resumes from {@code received}.
 */
@Component
class RecordingUploads {

    record Upload(UUID mock, int question, String contentType, long total, long received, int chunks) {

        boolean complete() {
            return received == total;
        }
    }

    private final JdbcClient database;

    RecordingUploads(JdbcClient database) {
        this.database = database;
    }

    Optional<Upload> find(UUID mock, int question) {
        return database.sql("""
                SELECT * FROM assessment.mock_recording_upload WHERE mock_id = :mock AND question = :question FOR UPDATE""")
                .param("mock", mock).param("question", question)
                .query((row, number) -> new Upload(mock, question, row.getString("content_type"), row.getLong("total_bytes"),
                        row.getLong("received"), row.getInt("chunks")))
                .optional();
    }

    /** Starts an upload afresh (a new recording of the same answer replaces one begun before). */
    Upload begin(UUID mock, int question, String contentType, long total, Instant now) {
        database.sql("""
                INSERT INTO assessment.mock_recording_upload (mock_id, question, content_type, total_bytes, received, chunks, started_at)
                VALUES (:mock, :question, :type, :total, 0, 0, :now)
                ON CONFLICT (mock_id, question) DO UPDATE
                SET content_type = :type, total_bytes = :total, received = 0, chunks = 0, started_at = :now""")
                .param("mock", mock).param("question", question).param("type", contentType).param("total", total)
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
        return new Upload(mock, question, contentType, total, 0, 0);
    }

    Upload received(Upload upload, long bytes) {
        database.sql("""
                UPDATE assessment.mock_recording_upload SET received = received + :bytes, chunks = chunks + 1
                WHERE mock_id = :mock AND question = :question""")
                .param("bytes", bytes).param("mock", upload.mock()).param("question", upload.question()).update();
        return new Upload(upload.mock(), upload.question(), upload.contentType(), upload.total(), upload.received() + bytes,
                upload.chunks() + 1);
    }
}
