package uz.roadmap.curriculum.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.grpc.v1.CurriculumServiceGrpc;
import uz.roadmap.grpc.v1.GetQuestionRequest;
import uz.roadmap.grpc.v1.GetRoadmapRequest;
import uz.roadmap.grpc.v1.GetTopicRequest;
import uz.roadmap.grpc.v1.GetWeekRequest;
import uz.roadmap.grpc.v1.ListQuestionsRequest;

/**
 * The shipped roadmap read over gRPC, with gRPC's own status codes for what is wrong.
 */
@FullStackTest
class CurriculumGrpcTests {

    private static final String ROADMAP = "backend-8-weeks";

    @Autowired
    GrpcTestChannel grpc;

    private CurriculumServiceGrpc.CurriculumServiceBlockingStub curriculum() throws Exception {
        return CurriculumServiceGrpc.newBlockingStub(grpc.channel());
    }

    @Test
    void readsTheRoadmapAWeekAndATopic() throws Exception {
        var roadmap = curriculum().getRoadmap(GetRoadmapRequest.newBuilder().setRoadmap(ROADMAP).build());
        var week = curriculum().getWeek(GetWeekRequest.newBuilder().setRoadmap(ROADMAP).setNumber(4).build());
        var topic = curriculum().getTopic(GetTopicRequest.newBuilder().setRoadmap(ROADMAP).setSlug("caching-patterns").build());

        assertThat(roadmap.getWeeksCount()).isEqualTo(8);
        assertThat(week.getTopicsList()).extracting(uz.roadmap.grpc.v1.Topic::getSlug).contains("caching-patterns");
        assertThat(topic.getLevelsCount()).isEqualTo(4);
    }

    @Test
    void pagesThroughAWeeksQuestionsWithTokens() throws Exception {
        var slugs = new HashSet<String>();
        var request = ListQuestionsRequest.newBuilder().setRoadmap(ROADMAP).setWeek(2).setPageSize(10);
        var page = curriculum().listQuestions(request.build());
        slugs.addAll(page.getQuestionsList().stream().map(uz.roadmap.grpc.v1.Question::getSlug).toList());
        while (!page.getNextPageToken().isEmpty()) {
            page = curriculum().listQuestions(request.setPageToken(page.getNextPageToken()).build());
            slugs.addAll(page.getQuestionsList().stream().map(uz.roadmap.grpc.v1.Question::getSlug).toList());
        }

        assertThat(slugs).hasSize((int) page.getTotalSize()).contains("rebase-vs-merge");
    }

    @Test
    void aQuestionCarriesItsRubric() throws Exception {
        var question = curriculum().getQuestion(GetQuestionRequest.newBuilder().setRoadmap(ROADMAP).setSlug("what-is-acid").build());

        assertThat(question.getSeed()).isTrue();
        assertThat(question.getPrompt().getUz()).isEqualTo("ACID nima?");
        assertThat(question.getKeyPointsCount()).isBetween(3, 7);
    }

    @Test
    void unknownItemsAreNotFoundAndBadRequestsInvalid() {
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> curriculum().getTopic(GetTopicRequest.newBuilder().setRoadmap(ROADMAP).setSlug("nope").build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> curriculum().listQuestions(ListQuestionsRequest.newBuilder().setRoadmap(ROADMAP).setPageSize(500).build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        assertThatExceptionOfType(StatusRuntimeException.class)
                .isThrownBy(() -> curriculum().listQuestions(ListQuestionsRequest.newBuilder().setRoadmap(ROADMAP).setPageToken("x").build()))
                .satisfies(refused -> assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }
}
