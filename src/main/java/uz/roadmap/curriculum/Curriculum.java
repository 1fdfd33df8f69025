package uz.roadmap.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.SelfTestItem;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.catalog.CatalogReader;
import uz.roadmap.curriculum.catalog.ContentImport;

/**
 * The curriculum: roadmaps, their weeks, topics, questions, self-test items and practice tasks.
 * Reads are cached (cache-aside, cache {@value #CACHE}); an import that changed anything invalidates the cache.
 */
@Service
public class Curriculum {

    public static final String CACHE = "curriculum";
    public static final int MAX_PAGE_SIZE = 100;

    private final CatalogReader catalog;
    private final ContentImport contentImport;
    private final ContentSource source;
    private final CacheManager caches;

    /** @throws ContentFolderNotFoundException when the content folder set is not a folder */
    Curriculum(CatalogReader catalog, ContentImport contentImport, CurriculumProperties properties, CacheManager caches) {
        this.catalog = catalog;
        this.contentImport = contentImport;
        this.source = ContentSource.of(properties.dir());
        this.caches = caches;
    }

    @Cacheable(cacheNames = CACHE, key = "'roadmaps'")
    public List<RoadmapOverview> roadmaps() {
        return catalog.roadmaps().stream()
                .map(header -> RoadmapOverview.of(header, catalog.weeks(header.slug())))
                .toList();
    }

    @Cacheable(cacheNames = CACHE, key = "'roadmap:' + #roadmap")
    public Optional<RoadmapOverview> roadmap(String roadmap) {
        return catalog.roadmap(roadmap).map(header -> RoadmapOverview.of(header, catalog.weeks(roadmap)));
    }

    @Cacheable(cacheNames = CACHE, key = "'week:' + #roadmap + ':' + #number")
    public Optional<WeekDetail> week(String roadmap, int number) {
        return catalog.weeks(roadmap).stream()
                .filter(week -> week.number() == number)
                .findFirst()
                .map(week -> new WeekDetail(roadmap, week, catalog.topics(roadmap, number), catalog.tasks(roadmap, number)));
    }

    @Cacheable(cacheNames = CACHE, key = "'topics:' + #roadmap + ':' + #week")
    public List<Topic> topics(String roadmap, @Nullable Integer week) {
        return catalog.topics(roadmap, week);
    }

    @Cacheable(cacheNames = CACHE, key = "'topic:' + #roadmap + ':' + #slug")
    public Optional<Topic> topic(String roadmap, String slug) {
        return catalog.item("topic", Topic.class, roadmap, slug);
    }

    @Cacheable(cacheNames = CACHE, key = "'questions:' + #roadmap + ':' + #filter + ':' + #page + ':' + #size")
    public QuestionPage questions(String roadmap, QuestionFilter filter, int page, int size) {
        var found = catalog.questions(roadmap, filter, page, size);
        return new QuestionPage(found.items(), page, size, found.total());
    }

    @Cacheable(cacheNames = CACHE, key = "'question:' + #roadmap + ':' + #slug")
    public Optional<Question> question(String roadmap, String slug) {
        return catalog.item("question", Question.class, roadmap, slug);
    }

    @Cacheable(cacheNames = CACHE, key = "'self-test:' + #roadmap + ':' + #week")
    public List<SelfTestItem> selfTest(String roadmap, int week) {
        return catalog.selfTestItems(roadmap, week);
    }

    /** The roadmap's auto-graded labs (tasks with a {@link Content.Lab}), week by week in the order of the content. */
    @Cacheable(cacheNames = CACHE, key = "'labs:' + #roadmap")
    public List<Task> labs(String roadmap) {
        return catalog.weeks(roadmap).stream()
                .flatMap(week -> catalog.tasks(roadmap, week.number()).stream())
                .filter(task -> task.lab() != null)
                .toList();
    }

    /** One of the roadmap's auto-graded labs. */
    public Optional<Task> lab(String roadmap, String slug) {
        return labs(roadmap).stream().filter(task -> task.slug().equals(slug)).findFirst();
    }

    /**
     * A file of the roadmap's datasets folder as text: {@code <dataset>.sql} builds a lab dataset,
     * {@code <dataset>.variant.sql} turns a copy of it into a hidden variant.
     */
    @Cacheable(cacheNames = CACHE, key = "'dataset:' + #roadmap + ':' + #file")
    public Optional<String> datasetFile(String roadmap, String file) {
        if (!file.matches("[a-z0-9-]+(\\.[a-z]+)*\\.sql")) {
            return Optional.empty();
        }
        return source.read(folders -> folders.stream()
                .filter(folder -> folder.getFileName().toString().equals(roadmap))
                .map(folder -> folder.resolve("datasets").resolve(file))
                .filter(Files::isRegularFile)
                .findFirst()
                .map(path -> {
                    try {
                        return Files.readString(path);
                    }
                    catch (IOException failure) {
                        throw new UncheckedIOException(failure);
                    }
                }));
    }

    /** Everything of a roadmap, for export. */
    public Optional<RoadmapExport> export(String roadmap) {
        return roadmap(roadmap).map(overview -> {
            var weeks = overview.weeks().stream().map(Content.Week::number).toList();
            return new RoadmapExport(overview, catalog.topics(roadmap, null),
                    catalog.questions(roadmap, QuestionFilter.all(), 0, Integer.MAX_VALUE).items(),
                    weeks.stream().flatMap(week -> catalog.selfTestItems(roadmap, week).stream()).map(SelfTestItem::question).toList(),
                    weeks.stream().flatMap(week -> catalog.tasks(roadmap, week).stream()).toList());
        });
    }

    /**
     * Imports every roadmap of the content source (the folder {@code ROADMAP_CONTENT_DIR} names, else
     * the roadmaps shipped in the application) whose files changed since the last import (every one,
     * when forced).
     *
     * @throws InvalidContentException when a roadmap's files have problems; nothing of it is imported
     */
    public List<ImportReport> importContent(boolean force, Consumer<String> progress) {
        var reports = source.read(folders -> folders.stream().map(folder -> {
            progress.accept("reading " + folder.getFileName() + " from " + source);
            return contentImport.importFolder(folder, force, progress);
        }).toList());
        if (reports.stream().anyMatch(ImportReport::imported)) {
            // invalidate(), not clear(): the next read must not see the old content, even on another replica
            Objects.requireNonNull(caches.getCache(CACHE)).invalidate();
        }
        return reports;
    }

    /** Where {@link #importContent} reads from, as an operator reads it in the log. */
    public String contentSource() {
        return source.toString();
    }
}
