package uz.roadmap.curriculum.grpc;

import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.text;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import com.google.protobuf.Message;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.curriculum.Content;
import uz.roadmap.curriculum.Curriculum;
import uz.roadmap.curriculum.QuestionFilter;
import uz.roadmap.curriculum.RoadmapOverview;
import uz.roadmap.grpc.GrpcSupport;
import uz.roadmap.grpc.v1.CurriculumServiceGrpc;
import uz.roadmap.grpc.v1.GetQuestionRequest;
import uz.roadmap.grpc.v1.GetRoadmapRequest;
import uz.roadmap.grpc.v1.GetTopicRequest;
import uz.roadmap.grpc.v1.GetWeekRequest;
import uz.roadmap.grpc.v1.KeyPoint;
import uz.roadmap.grpc.v1.ListQuestionsRequest;
import uz.roadmap.grpc.v1.ListQuestionsResponse;
import uz.roadmap.grpc.v1.Question;
import uz.roadmap.grpc.v1.Roadmap;
import uz.roadmap.grpc.v1.Topic;
import uz.roadmap.grpc.v1.Week;
import uz.roadmap.grpc.v1.WeekDetail;

/**
 * The curriculum over gRPC: the same reads as the REST API, from the same (cached) facade.
 */
@Service
class CurriculumGrpcService extends CurriculumServiceGrpc.CurriculumServiceImplBase {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final Curriculum curriculum;

    CurriculumGrpcService(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    @Override
    public void getRoadmap(GetRoadmapRequest request, StreamObserver<Roadmap> response) {
        answer(response, () -> curriculum.roadmap(request.getRoadmap()).map(CurriculumGrpcService::roadmap));
    }

    @Override
    public void getWeek(GetWeekRequest request, StreamObserver<WeekDetail> response) {
        answer(response, () -> curriculum.week(request.getRoadmap(), request.getNumber())
                .map(detail -> WeekDetail.newBuilder()
                        .setWeek(week(detail.week()))
                        .addAllTopics(detail.topics().stream().map(CurriculumGrpcService::topic).toList())
                        .build()));
    }

    @Override
    public void getTopic(GetTopicRequest request, StreamObserver<Topic> response) {
        answer(response, () -> curriculum.topic(request.getRoadmap(), request.getSlug()).map(CurriculumGrpcService::topic));
    }

    @Override
    public void getQuestion(GetQuestionRequest request, StreamObserver<Question> response) {
        answer(response, () -> curriculum.question(request.getRoadmap(), request.getSlug())
                .map(CurriculumGrpcService::question));
    }

    @Override
    public void listQuestions(ListQuestionsRequest request, StreamObserver<ListQuestionsResponse> response) {
        var size = request.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : request.getPageSize();
        if (size < 1 || size > Curriculum.MAX_PAGE_SIZE) {
            response.onError(invalid("page_size must be between 1 and " + Curriculum.MAX_PAGE_SIZE));
            return;
        }
        if (request.getDifficulty() < 0 || request.getDifficulty() > 3) {
            response.onError(invalid("difficulty must be 1, 2 or 3 (or 0 for all)"));
            return;
        }
        int page;
        try {
            page = request.getPageToken().isEmpty() ? 0 : Integer.parseInt(request.getPageToken());
        }
        catch (NumberFormatException malformed) {
            response.onError(invalid("page_token is not one this server issued"));
            return;
        }
        if (page < 0) {
            response.onError(invalid("page_token is not one this server issued"));
            return;
        }
        answer(response, () -> curriculum.roadmap(request.getRoadmap()).map(roadmap -> {
            var filter = new QuestionFilter(request.getWeek() == 0 ? null : request.getWeek(),
                    request.getTopic().isEmpty() ? null : request.getTopic(),
                    request.getDifficulty() == 0 ? null : request.getDifficulty());
            var found = curriculum.questions(request.getRoadmap(), filter, page, size);
            return ListQuestionsResponse.newBuilder()
                    .addAllQuestions(found.items().stream().map(CurriculumGrpcService::question).toList())
                    .setTotalSize(found.totalItems())
                    .setNextPageToken(page + 1 < found.totalPages() ? Integer.toString(page + 1) : "")
                    .build();
        }));
    }

    private static <T extends Message> void answer(StreamObserver<T> response, Supplier<Optional<T>> read) {
        read.get().ifPresentOrElse(found -> {
            response.onNext(found);
            response.onCompleted();
        }, () -> response.onError(Status.NOT_FOUND.withDescription("No such item in the curriculum").asRuntimeException()));
    }

    private static Roadmap roadmap(RoadmapOverview roadmap) {
        return Roadmap.newBuilder()
                .setSlug(roadmap.slug())
                .setTitle(text(roadmap.title()))
                .addAllGoal(roadmap.goal().stream().map(GrpcSupport::text).toList())
                .setPrinciple(text(roadmap.principle()))
                .addAllWeeks(roadmap.weeks().stream().map(CurriculumGrpcService::week).toList())
                .build();
    }

    private static Week week(Content.Week week) {
        return Week.newBuilder()
                .setNumber(week.number())
                .setSlug(week.slug())
                .setTitle(text(week.title()))
                .addAllLearn(week.learn().stream().map(bullet -> text(bullet.text())).toList())
                .addAllPractice(week.practice().stream().map(bullet -> text(bullet.text())).toList())
                .setOutcome(text(week.outcome()))
                .build();
    }

    private static Topic topic(Content.Topic topic) {
        return Topic.newBuilder()
                .setSlug(topic.slug())
                .setWeek(topic.week())
                .setTitle(text(topic.title()))
                .setSummary(text(topic.summary()))
                .addAllLevels(topic.levels().stream().map(GrpcSupport::text).toList())
                .build();
    }

    private static Question question(Content.Question question) {
        return Question.newBuilder()
                .setSlug(question.slug())
                .setWeek(question.week())
                .setTopic(question.topic())
                .setDifficulty(question.difficulty())
                .setSeed(question.seed())
                .setPrompt(text(question.prompt()))
                .setAnswer(text(question.answer()))
                .addAllKeyPoints(question.keyPoints().stream()
                        .map(point -> KeyPoint.newBuilder().setText(text(point.text())).setEssential(point.essential()).build())
                        .toList())
                .build();
    }
}
