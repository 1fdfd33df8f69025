package uz.roadmap.curriculum.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import uz.roadmap.FullStackTest;
import uz.roadmap.curriculum.ImportReport;
import uz.roadmap.curriculum.InvalidContentException;

/**
 * Importing is idempotent and precise: the same files give the same rows, one changed answer
 * updates one row in place, and removed items are retired, never deleted, so whatever refers to
 * them by id or slug stays attached.
 */
@FullStackTest
class ContentImportTests {

    private static final Path TINY = Path.of("src/test/resources/content/tiny");

    @Autowired
    ContentImport contentImport;

    @Autowired
    JdbcClient database;

    @TempDir
    Path roadmap;

    private final java.util.List<String> progress = new ArrayList<>();

    @BeforeEach
    void startFromTheTinyRoadmap() throws IOException {
        FileSystemUtils.copyRecursively(TINY, roadmap);
        contentImport.importFolder(roadmap, true, progress::add);
    }

    @Test
    void importingTheSameFilesTwiceChangesNothing() {
        var before = rows();

        var report = contentImport.importFolder(roadmap, true, progress::add);

        assertThat(report.counts().values()).allSatisfy(counts -> {
            assertThat(counts.inserted()).isZero();
            assertThat(counts.updated()).isZero();
            assertThat(counts.retired()).isZero();
        });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void unchangedFilesAreNotImportedAgain() {
        var report = contentImport.importFolder(roadmap, false, progress::add);

        assertThat(report.imported()).isFalse();
        assertThat(progress).last().asString().contains("unchanged");
    }

    @Test
    void changingOneAnswerUpdatesThatRowInPlace() throws IOException {
        var before = rows();
        edit("weeks/01-basics/questions.yaml", "the client sends ACK.", "and the client confirms with ACK.");

        var report = contentImport.importFolder(roadmap, false, progress::add);

        assertThat(report.counts().get("questions")).isEqualTo(new ImportReport.Counts(0, 1, 0, 0));
        assertThat(report.counts().get("topics")).isEqualTo(new ImportReport.Counts(0, 0, 1, 0));
        var after = rows();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(database.sql("SELECT body -> 'answer' ->> 'en' FROM curriculum.question WHERE id = :id")
                .param("id", idOf("question", "tcp-three-way-handshake")).query(String.class).single())
                .contains("the client confirms with ACK.");
    }

    @Test
    void aRemovedItemIsRetiredAndComesBackWithItsIdentity() throws IOException {
        var id = idOf("self_test_item", "udp-is-connectionless");
        var selfTest = roadmap.resolve("weeks/01-basics/self-test.yaml");
        var original = Files.readString(selfTest);
        Files.writeString(selfTest, "[]\n");

        var removal = contentImport.importFolder(roadmap, false, progress::add);

        assertThat(removal.counts().get("selfTestItems").retired()).isEqualTo(1);
        assertThat(database.sql("SELECT retired_at IS NOT NULL FROM curriculum.self_test_item WHERE id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();

        Files.writeString(selfTest, original);
        var comeback = contentImport.importFolder(roadmap, false, progress::add);

        assertThat(comeback.counts().get("selfTestItems").updated()).isEqualTo(1);
        assertThat(idOf("self_test_item", "udp-is-connectionless")).isEqualTo(id);
        assertThat(database.sql("SELECT retired_at IS NULL FROM curriculum.self_test_item WHERE id = :id")
                .param("id", id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void invalidContentIsNeverImported() throws IOException {
        var before = rows();
        edit("weeks/01-basics/self-test.yaml", "topic: osi-tcp-udp", "topic: tcp-udp");
        edit("weeks/01-basics/questions.yaml", "the client sends ACK.", "something else entirely.");

        assertThatExceptionOfType(InvalidContentException.class)
                .isThrownBy(() -> contentImport.importFolder(roadmap, true, progress::add))
                .satisfies(invalid -> assertThat(invalid.problems()).singleElement().asString()
                        .contains("self-test.yaml:1: unknown topic 'tcp-udp'"));
        assertThat(rows()).isEqualTo(before);
    }

    /** Every row of the tiny roadmap: id → content hash and retirement. */
    private Map<UUID, String> rows() {
        var rows = new java.util.HashMap<UUID, String>();
        for (var table : java.util.List.of("week", "topic", "question", "self_test_item", "task")) {
            database.sql("""
                    SELECT i.id, i.content_hash || ':' || (i.retired_at IS NULL) AS state
                    FROM curriculum.%s i JOIN curriculum.roadmap r ON r.id = i.roadmap_id
                    WHERE r.slug = 'tiny'""".formatted(table))
                    .query((row, number) -> rows.put(row.getObject("id", UUID.class), row.getString("state")))
                    .list();
        }
        return rows;
    }

    private UUID idOf(String table, String slug) {
        return database.sql("""
                SELECT i.id FROM curriculum.%s i JOIN curriculum.roadmap r ON r.id = i.roadmap_id
                WHERE r.slug = 'tiny' AND i.slug = :slug""".formatted(table))
                .param("slug", slug).query(UUID.class).single();
    }

    private void edit(String file, String text, String replacement) throws IOException {
        var path = roadmap.resolve(file);
        var content = Files.readString(path);
        assertThat(content).contains(text);
        Files.writeString(path, content.replace(text, replacement));
    }
}
