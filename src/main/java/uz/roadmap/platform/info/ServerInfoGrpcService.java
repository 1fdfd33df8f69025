package uz.roadmap.platform.info;

import org.springframework.stereotype.Service;

import com.google.protobuf.Timestamp;

import io.grpc.stub.StreamObserver;
import uz.roadmap.grpc.v1.GetServerInfoRequest;
import uz.roadmap.grpc.v1.ServerInfoServiceGrpc;

@Service
class ServerInfoGrpcService extends ServerInfoServiceGrpc.ServerInfoServiceImplBase {

    private final ServerInfoSource source;

    ServerInfoGrpcService(ServerInfoSource source) {
        this.source = source;
    }

    @Override
    public void getServerInfo(GetServerInfoRequest request, StreamObserver<uz.roadmap.grpc.v1.ServerInfo> response) {
        var info = source.current();
        response.onNext(uz.roadmap.grpc.v1.ServerInfo.newBuilder()
                .setName(info.name())
                .setVersion(info.version())
                .setServerTime(Timestamp.newBuilder()
                        .setSeconds(info.serverTime().getEpochSecond())
                        .setNanos(info.serverTime().getNano()))
                .setTimeZone(info.timeZone())
                .setMode(info.mode())
                .build());
        response.onCompleted();
    }
}
