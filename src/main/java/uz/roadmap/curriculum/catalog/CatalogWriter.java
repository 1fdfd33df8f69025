package uz.roadmap.curriculum.catalog;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.Roadmap;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.Content.Week;
import uz.roadmap.curriculum.ImportReport;
import uz.roadmap.shared.Ids;
import uz.roadmap.shared.Sha256;

/**
 * Writes a roadmap into the catalog. Items are matched by slug: a new slug is inserted, a changed
 * item is updated in place (its id, and so every reference to it, stays), an unchanged item is not
 * touched, and an item no longer in the files is retired. Concurrent imports (several replicas
 * starting at once) are serialized by an advisory lock.
 */
@Repository
public class CatalogWriter {

    private final JdbcClient database;
    private final JsonMapper json;
    private final Clock clock;

    CatalogWriter(JdbcClient database, JsonMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** The checksum of the content last imported for this roadmap, if any. */
    public Optional<String> checksumOf(String roadmap) {
        return database.sql("SELECT checksum FROM curriculum.roadmap WHERE slug = :slug")
                .param("slug", roadmap)
                .query(String.class)
                .optional();
    }

    /** Locks imports of this roadmap until the current transaction ends. */
    public void lock(String roadmap) {
        database.sql("SELECT pg_advisory_xact_lock(hashtext('curriculum.import:' || :slug))")
                .param("slug", roadmap)
                .query(Object.class)
                .single();
    }

    /** Writes the roadmap and all its items; requires a transaction. */
    public ImportReport write(Roadmap roadmap, String checksum, Consumer<String> progress) {
        var roadmapId = upsertRoadmap(roadmap, checksum);
        var counts = new LinkedHashMap<String, ImportReport.Counts>();
        counts.put("weeks", items(WEEKS, roadmapId, roadmap.weeks(), progress));
        counts.put("topics", items(TOPICS, roadmapId, roadmap.topics(), progress));
        counts.put("questions", items(QUESTIONS, roadmapId, roadmap.questions(), progress));
        counts.put("selfTestItems", items(SELF_TEST_ITEMS, roadmapId, roadmap.selfTestItems(), progress));
        counts.put("tasks", items(TASKS, roadmapId, roadmap.tasks(), progress));
        return new ImportReport(roadmap.slug(), true, counts);
    }

    private UUID upsertRoadmap(Roadmap roadmap, String checksum) {
        ObjectNode header = json.valueToTree(roadmap);
        header.retain("slug", "title", "goal", "principle", "rules");
        return database.sql("""
                INSERT INTO curriculum.roadmap (id, slug, body, checksum, imported_at)
                VALUES (:id, :slug, CAST(:body AS jsonb), :checksum, :now)
                ON CONFLICT (slug) DO UPDATE
                    SET body = excluded.body, checksum = excluded.checksum, imported_at = excluded.imported_at
                RETURNING id""")
                .param("id", Ids.newId())
                .param("slug", roadmap.slug())
                .param("body", json.writeValueAsString(header))
                .param("checksum", checksum)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(UUID.class)
                .single();
    }

    private <T> ImportReport.Counts items(Kind<T> kind, UUID roadmapId, List<T> items, Consumer<String> progress) {
        progress.accept("importing " + items.size() + " " + kind.table().replace('_', ' ') + "(s)");
        int inserted = 0;
        int updated = 0;
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        for (var item : items) {
            var body = json.writeValueAsString(item);
            var columns = kind.columns().apply(item);
            var names = String.join(", ", columns.keySet());
            var values = String.join(", ", columns.keySet().stream().map(name -> ":" + name).toList());
            var updates = String.join(", ", columns.keySet().stream().map(name -> name + " = excluded." + name).toList());
            var statement = database.sql("""
                    INSERT INTO curriculum.%1$s (id, roadmap_id, slug, %2$s, body, content_hash, updated_at)
                    VALUES (:id, :roadmap, :slug, %3$s, CAST(:body AS jsonb), :hash, :now)
                    ON CONFLICT (roadmap_id, slug) DO UPDATE
                        SET %4$s, body = excluded.body, content_hash = excluded.content_hash,
                            updated_at = excluded.updated_at, retired_at = NULL
                        WHERE %1$s.content_hash <> excluded.content_hash OR %1$s.retired_at IS NOT NULL
                    RETURNING (xmax = 0) AS inserted""".formatted(kind.table(), names, values, updates))
                    .param("id", Ids.newId())
                    .param("roadmap", roadmapId)
                    .param("slug", kind.slug().apply(item))
                    .param("body", body)
                    .param("hash", Sha256.hex(body))
                    .param("now", now);
            for (var column : columns.entrySet()) {
                statement = statement.param(column.getKey(), column.getValue());
            }
            var outcome = statement.query(Boolean.class).optional();
            if (outcome.isPresent()) {
                if (outcome.get()) {
                    inserted++;
                }
                else {
                    updated++;
                }
            }
        }
        var retired = database.sql("""
                UPDATE curriculum.%s SET retired_at = :now
                WHERE roadmap_id = :roadmap AND retired_at IS NULL AND NOT (slug = ANY (:slugs))""".formatted(kind.table()))
                .param("now", now)
                .param("roadmap", roadmapId)
                .param("slugs", items.stream().map(kind.slug()).toArray(String[]::new))
                .update();
        return new ImportReport.Counts(inserted, updated, items.size() - inserted - updated, retired);
    }



    /** A kind of catalog item: its table, its identity and the columns it is queried by. */
    private record Kind<T>(String table, Function<T, String> slug, Function<T, Map<String, Object>> columns) {
    }

    private static final Kind<Week> WEEKS = new Kind<>("week", Week::slug,
            week -> Map.of("week_number", week.number()));

    private static final Kind<Topic> TOPICS = new Kind<>("topic", Topic::slug,
            topic -> Map.of("week_number", topic.week()));

    private static final Kind<Question> QUESTIONS = new Kind<>("question", Question::slug,
            question -> Map.of("week_number", question.week(), "topic_slug", question.topic(),
                    "difficulty", question.difficulty()));

    private static final Kind<SelfTestItem> SELF_TEST_ITEMS = new Kind<>("self_test_item", SelfTestItem::slug,
            item -> Map.of("week_number", item.week(), "topic_slug", item.topic()));

    private static final Kind<Task> TASKS = new Kind<>("task", Task::slug, task -> Map.of("week_number", task.week()));
}
