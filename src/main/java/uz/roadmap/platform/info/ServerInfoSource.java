package uz.roadmap.platform.info;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import uz.roadmap.platform.RoadmapProperties;

/**
 * Reads the running build and the server's clock, for the REST and gRPC edges alike.
 */
@Component
class ServerInfoSource {

    private final String name;
    private final String version;
    private final String mode;
    private final Clock clock;

    ServerInfoSource(ObjectProvider<BuildProperties> build, Environment environment, RoadmapProperties properties) {
        var buildProperties = build.getIfAvailable();
        this.name = environment.getProperty("spring.application.name", "backend-roadmap");
        this.version = buildProperties != null ? buildProperties.getVersion() : "development";
        this.mode = environment.acceptsProfiles(Profiles.of("full")) ? "full" : "local";
        this.clock = Clock.system(properties.timeZone());
    }

    ServerInfo current() {
        return new ServerInfo(name, version, clock.instant(), clock.getZone().getId(), mode);
    }
}
