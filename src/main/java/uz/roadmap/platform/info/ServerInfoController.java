package uz.roadmap.platform.info;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Server", description = "The running server")
@RestController
@SecurityRequirements // public: no token needed
@RequestMapping("/api/v1/server-info")
class ServerInfoController {

    private final ServerInfoSource source;

    ServerInfoController(ServerInfoSource source) {
        this.source = source;
    }

    @Operation(summary = "Build version and server time", description = "Public. Lets clients check compatibility and clock skew.")
    @GetMapping
    ServerInfo serverInfo() {
        return source.current();
    }
}
