package uz.roadmap.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The title page of the OpenAPI document at {@code /v3/api-docs}, shown by Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI roadmapApi() {
        return new OpenAPI().info(new Info()
                .title("Backend Roadmap API")
                .version("v1")
                .description("""
                        The 8-week backend roadmap as an API: curriculum, daily plan, reviews and progress.

                        Errors are RFC 9457 problem details (`application/problem+json`) whose `type` is stable \
                        and documented at `/problems/{type}`. Every response of a limited route carries \
                        `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; over the limit the answer \
                        is 429 with `Retry-After`. Texts follow `Accept-Language` (`uz` by default, or `en`)."""));
    }
}
