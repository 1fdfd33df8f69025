package uz.roadmap.account.grpc;

import java.util.Objects;
import java.util.UUID;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import uz.roadmap.account.AccountManagement;
import uz.roadmap.grpc.v1.AccountServiceGrpc;
import uz.roadmap.grpc.v1.GetProfileRequest;
import uz.roadmap.grpc.v1.Profile;

/**
 * The caller's own account over gRPC; the caller is whoever the bearer token names.
 */
@Service
class AccountGrpcService extends AccountServiceGrpc.AccountServiceImplBase {

    private final AccountManagement accounts;

    AccountGrpcService(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void getProfile(GetProfileRequest request, StreamObserver<Profile> response) {
        var caller = UUID.fromString(SecurityContextHolder.getContext().getAuthentication().getName());
        accounts.profile(caller).ifPresentOrElse(profile -> {
            response.onNext(Profile.newBuilder()
                    .setDisplayName(profile.displayName())
                    .setLanguage(profile.language())
                    .setTimeZone(profile.timeZone().getId())
                    .setProgramStart(Objects.toString(profile.programStart(), ""))
                    .setInterviewDate(Objects.toString(profile.interviewDate(), ""))
                    .setDailyHoursGoal(profile.dailyHoursGoal())
                    .build());
            response.onCompleted();
        }, () -> response.onError(Status.NOT_FOUND.withDescription("No such account").asRuntimeException()));
    }
}
