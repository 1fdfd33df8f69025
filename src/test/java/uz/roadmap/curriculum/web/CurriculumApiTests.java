package uz.roadmap.curriculum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uz.roadmap.FullStackTest;
import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.RoadmapOverview;

/**
 * The shipped roadmap, imported at start-up, read through the public REST API.
 */
@FullStackTest
class CurriculumApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROADMAP = "/api/v1/roadmaps/backend-8-weeks";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Curriculum curriculum;

    @Autowired
    CacheManager cacheManager;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theRoadmapHasItsEightWeeksGoalAndRules() throws Exception {
        var roadmap = json(get(ROADMAP));

        assertThat(roadmap.path("weeks")).hasSize(8);
        assertThat(roadmap.path("title").path("uz").asString()).isEqualTo("2 oylik (8 hafta) intensiv backend roadmap");
        assertThat(roadmap.path("rules").path("newQuestionsPerDay").get(0).path("count").asInt()).isEqualTo(5);
        assertThat(roadmap.path("weeks").get(2).path("learn").get(2).path("text").path("en").asString())
                .startsWith("SQL: CAP, normalization");
    }

    @Test
    void aWeekListsItsTopicsAndTasks() throws Exception {
        var week = json(get(ROADMAP + "/weeks/3"));

        assertThat(week.path("topics").findValuesAsString("slug")).contains("indexes-explain", "transactions-acid");
        assertThat(week.path("tasks").findValuesAsString("slug")).contains("optimise-queries-with-explain");
        var selfTest = json(get(ROADMAP + "/weeks/3/self-test"));
        assertThat(selfTest).hasSizeGreaterThanOrEqualTo(12);
        assertThat(selfTest.toString()).as("no answer key").doesNotContain("\"correct\"", "\"accepted\"", "\"explanation\"",
                "\"slug\"");
    }

    @Test
    void aTopicDescribesItsFourLevels() throws Exception {
        var topic = json(get(ROADMAP + "/topics/indexes-explain"));

        assertThat(topic.path("levels")).hasSize(4);
        assertThat(topic.path("week").asInt()).isEqualTo(3);
    }

    @Test
    void questionsAreFilteredAndPaged() throws Exception {
        var firstPage = json(get(ROADMAP + "/questions?week=1&size=5"));
        var secondPage = json(get(ROADMAP + "/questions?week=1&size=5&page=1"));
        var hard = json(get(ROADMAP + "/questions?difficulty=3&size=100"));

        assertThat(firstPage.path("items")).hasSize(5);
        assertThat(firstPage.path("totalItems").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(firstPage.path("items").findValuesAsString("slug"))
                .doesNotContainAnyElementsOf(secondPage.path("items").findValuesAsString("slug"));
        assertThat(hard.path("items").findValues("difficulty")).allSatisfy(value -> assertThat(value.asInt()).isEqualTo(3));
    }

    @Test
    void aQuestionCarriesItsAnswerAndRubricInBothLanguages() throws Exception {
        var question = json(get(ROADMAP + "/questions/tcp-three-way-handshake"));

        assertThat(question.path("prompt").path("uz").asString()).isEqualTo("TCP 3-way handshake qanday ishlaydi?");
        assertThat(question.path("answer").path("en").asString()).isNotBlank();
        assertThat(question.path("keyPoints").size()).isBetween(3, 7);
    }

    @Test
    void unknownItemsAndBadParametersAreProblems() throws Exception {
        assertThat(send(ROADMAP + "/questions/no-such-question").statusCode()).isEqualTo(404);
        assertThat(send("/api/v1/roadmaps/no-such-roadmap/topics").statusCode()).isEqualTo(404);
        var tooLarge = send(ROADMAP + "/questions?size=1000");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(json(tooLarge.body()).path("type").asString()).isEqualTo("/problems/validation-failed");
        assertThat(send(ROADMAP + "/questions?week=first").statusCode()).isEqualTo(400);
    }

    @Test
    void aMatchingEtagIsAnsweredNotModified() throws Exception {
        var first = send(ROADMAP + "/topics");
        var etag = first.headers().firstValue("ETag").orElseThrow();

        var again = http.send(HttpRequest.newBuilder(uri(ROADMAP + "/topics")).header("If-None-Match", etag).build(),
                BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void repeatedReadsAreServedFromTheCacheUntilAnImport() throws Exception {
        get(ROADMAP + "/topics/http-https");
        var hits = cacheGets("hit");

        get(ROADMAP + "/topics/http-https");
        assertThat(cacheGets("hit")).isEqualTo(hits + 1);

        curriculum.importContent(true, message -> {
        });
        var misses = cacheGets("miss");
        get(ROADMAP + "/topics/http-https");
        assertThat(cacheGets("miss")).isEqualTo(misses + 1);
    }

    @Test
    void cachedReadsComeBackWholeFromTheSharedCache() throws Exception {
        get(ROADMAP + "/topics/indexes-explain");
        get(ROADMAP);

        var topic = cacheManager.getCache(Curriculum.CACHE).get("topic:backend-8-weeks:indexes-explain");
        var roadmap = cacheManager.getCache(Curriculum.CACHE).get("roadmap:backend-8-weeks");

        assertThat(topic).isNotNull();
        assertThat(topic.get()).isInstanceOfSatisfying(Content.Topic.class,
                cached -> assertThat(cached.levels()).hasSize(4));
        assertThat(roadmap).isNotNull();
        assertThat(roadmap.get()).isInstanceOfSatisfying(RoadmapOverview.class,
                cached -> assertThat(cached.weeks()).hasSize(8));
    }

    @Test
    void theWholeRoadmapExportsAsOneDocument() throws Exception {
        var export = json(get(ROADMAP + "/export"));

        assertThat(export.path("roadmap").path("weeks")).hasSize(8);
        assertThat(export.path("questions").size()).isGreaterThanOrEqualTo(240);
        assertThat(export.path("selfTestItems").size()).isGreaterThanOrEqualTo(96);
        assertThat(export.path("selfTestItems").toString()).as("no answer key").doesNotContain("\"correct\"", "\"accepted\"",
                "\"explanation\"");
    }

    @Test
    void questionsExportAsAnAnkiDeck() throws Exception {
        var deck = send(ROADMAP + "/questions.csv?lang=en");

        assertThat(deck.statusCode()).isEqualTo(200);
        assertThat(deck.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var lines = deck.body().lines().toList();
        assertThat(lines.subList(0, 3)).containsExactly("#separator:Comma", "#html:true", "#tags column:3");
        assertThat(deck.body()).contains("\"How does the TCP 3-way handshake work?\",");
        assertThat(deck.body()).contains("backend-8-weeks week-1 osi-tcp-udp difficulty-1");
    }

    private double cacheGets(String result) {
        var counter = meters.find("cache.gets").tag("cache", Curriculum.CACHE).tag("result", result).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    private String get(String path) throws Exception {
        var response = send(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
