package uz.roadmap.lab.grpc;

import static uz.roadmap.grpc.GrpcSupport.caller;
import static uz.roadmap.grpc.GrpcSupport.invalid;
import static uz.roadmap.grpc.GrpcSupport.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import uz.roadmap.grpc.v1.GetSubmissionRequest;
import uz.roadmap.grpc.v1.LabServiceGrpc;
import uz.roadmap.grpc.v1.LabSubmission;
import uz.roadmap.grpc.v1.ListSubmissionsRequest;
import uz.roadmap.grpc.v1.ListSubmissionsResponse;
import uz.roadmap.grpc.v1.SubmitQueryRequest;
import uz.roadmap.lab.Labs;
import uz.roadmap.lab.Labs.Received;
import uz.roadmap.lab.Labs.TooLong;
import uz.roadmap.lab.Labs.UnknownLab;
import uz.roadmap.lab.SubmissionView;
import uz.roadmap.lab.judge.Guard;

/**
 * The caller's lab submissions over gRPC: the same operations and rules as the REST API, and a
 * server stream that delivers the verdict as soon as it is stored. A watched submission is looked
 * up every quarter second on a scheduler thread, so a waiting stream holds no thread of its own.
 */
@Service
class LabGrpcService extends LabServiceGrpc.LabServiceImplBase implements AutoCloseable {

    private static final String ROADMAP = "backend-8-weeks";
    private static final Duration WATCH_LIMIT = Duration.ofMinutes(3);
    private static final long WATCH_EVERY_MILLIS = 250;

    private final Labs labs;
    private final ScheduledExecutorService watches = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("lab-watch").daemon().factory());

    LabGrpcService(Labs labs) {
        this.labs = labs;
    }

    @Override
    public void submitQuery(SubmitQueryRequest request, StreamObserver<LabSubmission> response) {
        if (request.getSql().isBlank() || request.getSql().length() > Guard.MAX_LENGTH || !request.getLab().matches("[a-z0-9-]+")) {
            response.onError(invalid("lab must be a lab's slug and sql a query of at most " + Guard.MAX_LENGTH + " characters"));
            return;
        }
        switch (labs.submit(caller(), roadmap(request.getRoadmap()), request.getLab(), request.getSql())) {
            case Received(var submission) -> {
                response.onNext(message(submission));
                response.onCompleted();
            }
            case UnknownLab() -> response.onError(Status.NOT_FOUND.withDescription("No such lab").asRuntimeException());
            case TooLong(var limit) -> response.onError(invalid("A query has at most " + limit + " characters"));
        }
    }

    @Override
    public void getSubmission(GetSubmissionRequest request, StreamObserver<LabSubmission> response) {
        var found = submission(request, response);
        if (found.isPresent()) {
            response.onNext(message(found.get()));
            response.onCompleted();
        }
    }

    @Override
    public void listSubmissions(ListSubmissionsRequest request, StreamObserver<ListSubmissionsResponse> response) {
        var roadmap = roadmap(request.getRoadmap());
        if (labs.task(roadmap, request.getLab()).isEmpty()) {
            response.onError(Status.NOT_FOUND.withDescription("No such lab").asRuntimeException());
            return;
        }
        var list = ListSubmissionsResponse.newBuilder();
        labs.history(caller(), roadmap, request.getLab()).forEach(submission -> list.addSubmissions(message(submission)));
        response.onNext(list.build());
        response.onCompleted();
    }

    @Override
    public void watchSubmission(GetSubmissionRequest request, StreamObserver<LabSubmission> response) {
        var found = submission(request, response);
        if (found.isEmpty()) {
            return;
        }
        response.onNext(message(found.get()));
        if (!found.get().pending()) {
            response.onCompleted();
            return;
        }
        var learner = caller();
        var id = found.get().id();
        var deadline = Instant.now().plus(WATCH_LIMIT);
        var task = new AtomicReference<ScheduledFuture<?>>();
        var stream = (ServerCallStreamObserver<LabSubmission>) response;
        stream.setOnCancelHandler(() -> {
            var scheduled = task.get();
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        });
        task.set(watches.scheduleWithFixedDelay(() -> {
            try {
                var now = labs.submission(learner, id);
                if (now.isPresent() && !now.get().pending()) {
                    response.onNext(message(now.get()));
                    response.onCompleted();
                    task.get().cancel(false);
                }
                else if (Instant.now().isAfter(deadline)) {
                    response.onError(Status.DEADLINE_EXCEEDED.withDescription("The submission is still pending").asRuntimeException());
                    task.get().cancel(false);
                }
            }
            catch (RuntimeException failure) {
                response.onError(Status.INTERNAL.withDescription("The submission could not be read").asRuntimeException());
                task.get().cancel(false);
            }
        }, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS));
    }

    private Optional<SubmissionView> submission(GetSubmissionRequest request, StreamObserver<LabSubmission> response) {
        UUID id;
        try {
            id = UUID.fromString(request.getSubmission());
        }
        catch (IllegalArgumentException notAnId) {
            response.onError(invalid("submission must be a submission id"));
            return Optional.empty();
        }
        var found = labs.submission(caller(), id);
        if (found.isEmpty()) {
            response.onError(Status.NOT_FOUND.withDescription("No such submission").asRuntimeException());
        }
        return found;
    }

    static LabSubmission message(SubmissionView submission) {
        var message = LabSubmission.newBuilder()
                .setId(submission.id().toString())
                .setRoadmap(submission.roadmap())
                .setLab(submission.lab())
                .setSql(submission.sql())
                .setPending(submission.pending())
                .setSubmittedAt(timestamp(submission.submittedAt()))
                .setExpectedRows(-1)
                .setReceivedRows(-1);
        if (submission.judgedAt() != null) {
            message.setJudgedAt(timestamp(submission.judgedAt()));
        }
        var judgement = submission.judgement();
        if (judgement != null) {
            message.setVerdict(judgement.verdict().name())
                    .setExplanationUz(judgement.explanation().uz())
                    .setExplanationEn(judgement.explanation().en())
                    .setExpectedRows(judgement.expectedRows())
                    .setReceivedRows(judgement.receivedRows())
                    .setError(judgement.error() == null ? "" : judgement.error())
                    .setErrorPosition(judgement.errorPosition() == null ? 0 : judgement.errorPosition())
                    .setBuffers(judgement.buffers())
                    .setAllowedBuffers(judgement.allowedBuffers());
        }
        return message.build();
    }

    private static String roadmap(String roadmap) {
        return roadmap.isEmpty() ? ROADMAP : roadmap;
    }

    @Override
    public void close() {
        watches.shutdownNow();
    }
}
