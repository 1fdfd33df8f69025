package uz.roadmap.curriculum.catalog;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.Content.Week;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.curriculum.RoadmapOverview;

/**
 * Reads the catalog: only items that are not retired, in a stable order.
 */
@Repository
public class CatalogReader {

    private final JdbcClient database;
    private final JsonMapper json;

    CatalogReader(JdbcClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    public List<RoadmapOverview.Header> roadmaps() {
        return database.sql("SELECT body FROM curriculum.roadmap ORDER BY slug")
                .query((row, number) -> json.readValue(row.getString("body"), RoadmapOverview.Header.class))
                .list();
    }

    public Optional<RoadmapOverview.Header> roadmap(String roadmap) {
        return database.sql("SELECT body FROM curriculum.roadmap WHERE slug = :roadmap")
                .param("roadmap", roadmap)
                .query((row, number) -> json.readValue(row.getString("body"), RoadmapOverview.Header.class))
                .optional();
    }

    public List<Week> weeks(String roadmap) {
        return items("week", Week.class, roadmap, "", null, "week_number");
    }

    public List<Topic> topics(String roadmap, @Nullable Integer week) {
        return items("topic", Topic.class, roadmap, week == null ? "" : "AND i.week_number = :week", week,
                "i.week_number, i.slug");
    }

    public List<SelfTestItem> selfTestItems(String roadmap, int week) {
        return items("self_test_item", SelfTestItem.class, roadmap, "AND i.week_number = :week", week, "i.slug");
    }

    public List<Task> tasks(String roadmap, int week) {
        return items("task", Task.class, roadmap, "AND i.week_number = :week", week, "i.slug");
    }

    public <T> Optional<T> item(String table, Class<T> type, String roadmap, String slug) {
        return database.sql("""
                SELECT i.body FROM curriculum.%s i JOIN curriculum.roadmap r ON r.id = i.roadmap_id
                WHERE r.slug = :roadmap AND i.slug = :slug AND i.retired_at IS NULL""".formatted(table))
                .param("roadmap", roadmap)
                .param("slug", slug)
                .query((row, number) -> json.readValue(row.getString("body"), type))
                .optional();
    }

    /** One page of questions matching the filter, ordered by week and slug, and how many match in all. */
    public Page<Question> questions(String roadmap, QuestionFilter filter, int page, int size) {
        var where = """
                FROM curriculum.question i JOIN curriculum.roadmap r ON r.id = i.roadmap_id
                WHERE r.slug = :roadmap AND i.retired_at IS NULL
                  AND (CAST(:week AS int) IS NULL OR i.week_number = :week)
                  AND (CAST(:topic AS text) IS NULL OR i.topic_slug = :topic)
                  AND (CAST(:difficulty AS int) IS NULL OR i.difficulty = :difficulty)""";
        var total = database.sql("SELECT count(*) " + where)
                .param("roadmap", roadmap)
                .param("week", filter.week())
                .param("topic", filter.topic())
                .param("difficulty", filter.difficulty())
                .query(Long.class)
                .single();
        var items = database.sql("SELECT i.body " + where + " ORDER BY i.week_number, i.slug LIMIT :size OFFSET :offset")
                .param("roadmap", roadmap)
                .param("week", filter.week())
                .param("topic", filter.topic())
                .param("difficulty", filter.difficulty())
                .param("size", size)
                .param("offset", (long) page * size)
                .query((row, number) -> json.readValue(row.getString("body"), Question.class))
                .list();
        return new Page<>(items, total);
    }

    public record Page<T>(List<T> items, long total) {
    }

    private <T> List<T> items(String table, Class<T> type, String roadmap, String condition, @Nullable Integer week,
            String order) {
        var query = database.sql("""
                SELECT i.body FROM curriculum.%s i JOIN curriculum.roadmap r ON r.id = i.roadmap_id
                WHERE r.slug = :roadmap AND i.retired_at IS NULL %s ORDER BY %s""".formatted(table, condition,
                order.startsWith("i.") ? order : "i." + order))
                .param("roadmap", roadmap);
        if (week != null) {
            query = query.param("week", week);
        }
        return query.query((row, number) -> json.readValue(row.getString("body"), type)).list();
    }
}
