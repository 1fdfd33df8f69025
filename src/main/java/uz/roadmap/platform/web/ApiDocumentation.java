package uz.roadmap.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import uz.roadmap.platform.ProblemResponse;

/**
 * The OpenAPI document at {@code /v3/api-docs}, shown by Swagger UI: its title page, the bearer
 * security scheme, and for every operation the security it needs and the problem responses it can
 * give.
 * <p>
 * An operation is public when its controller says so with an empty
 * {@code @SecurityRequirements}; every other one requires a bearer token (an access token or a
 * personal access token). {@code ApiDocumentTests} checks both against the running security rules.
 * The problem responses follow from what the operation is: 400 when it takes parameters or a body,
 * 401 and 403 when it needs a token, 404 when its path names a resource, 413 when it takes a body,
 * 422 when it takes an {@code Idempotency-Key}, 429 for every route (rate limits), 503 for every one
 * (a store unavailable); others an operation can give (e.g. 409) its controller declares with
 * {@link ProblemResponse}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The problem responses by status, as named in {@code components.responses}. */
    private static final Map<String, Problem> PROBLEMS = problems();

    private record Problem(String name, String description) {
    }

    @Bean
    OpenAPI roadmapApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Backend Roadmap API")
                        .version("v1")
                        .license(new License().name("Proprietary: all rights reserved")
                                .identifier("LicenseRef-Proprietary"))
                        .description("""
                                The 8-week backend roadmap as an API: curriculum, daily plan, reviews and progress.

                                Sign in with `POST /api/v1/auth/tokens` and send the access token (or a personal \
                                access token) as `Authorization: Bearer …`; operations marked public need none.

                                Errors are RFC 9457 problem details (`application/problem+json`) whose `type` is stable \
                                and documented at `/problems/{type}`. Every response of a limited route carries \
                                `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; over the limit the answer \
                                is 429 with `Retry-After`. Texts follow `Accept-Language` (`uz` by default, or `en`)."""))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An access token from `POST /api/v1/auth/tokens` (a JWT, 15 minutes) "
                                        + "or a personal access token from `POST /api/v1/account/tokens`")));
    }

    /**
     * Operation ids that do not change when another operation is added: the controller's resource
     * and the method's name ({@code AuthApi.tokens} is {@code authTokens}), instead of the method's
     * name with a counter that depends on the order the controllers are read in. Generated clients
     * name their methods after these ids.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            var resource = handler.getBeanType().getSimpleName().replaceFirst("(Api|Controller)$", "");
            var method = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                    + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            return operation;
        };
    }

    /** What a controller declares with {@link ProblemResponse}, with the problem schema. */
    @Bean
    OperationCustomizer declaredProblems() {
        return (operation, handler) -> {
            for (var declared : handler.getMethod().getAnnotationsByType(ProblemResponse.class)) {
                if (operation.getResponses() == null) {
                    operation.setResponses(new ApiResponses());
                }
                operation.getResponses().addApiResponse(Integer.toString(declared.status()),
                        new ApiResponse().description(declared.description()).content(problemContent()));
            }
            return operation;
        };
    }

    /**
     * Operation IDs, which generated clients turn into method names, that do not depend on the
     * order in which handlers are found: a handler method's own name where no other API handler
     * has it, else prefixed with its controller's name ({@code AuthApi.tokens} → {@code authTokens}).
     */
    @Bean
    OperationCustomizer stableOperationIds(BeanFactory beans) {
        var ids = new java.util.concurrent.atomic.AtomicReference<Map<java.lang.reflect.Method, String>>();
        return (operation, handler) -> {
            if (ids.get() == null) {
                ids.set(operationIds(beans.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                        .getHandlerMethods().values()));
            }
            operation.setOperationId(ids.get().getOrDefault(handler.getMethod(), operation.getOperationId()));
            return operation;
        };
    }

    private static Map<java.lang.reflect.Method, String> operationIds(java.util.Collection<HandlerMethod> handlers) {
        var methods = handlers.stream().map(HandlerMethod::getMethod).distinct()
                .filter(method -> method.getDeclaringClass().isAnnotationPresent(RestController.class))
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
        var byName = methods.stream().collect(java.util.stream.Collectors.groupingBy(java.lang.reflect.Method::getName,
                java.util.stream.Collectors.counting()));
        var ids = new LinkedHashMap<java.lang.reflect.Method, String>();
        var taken = new java.util.HashSet<String>();
        for (var method : methods) {
            var id = byName.get(method.getName()) == 1 ? method.getName()
                    : controllerName(method.getDeclaringClass()) + Character.toUpperCase(method.getName().charAt(0))
                            + method.getName().substring(1);
            var unique = id;
            for (var n = 2; !taken.add(unique); n++) {
                unique = id + n;
            }
            ids.put(method, unique);
        }
        return ids;
    }

    /** {@code PersonalAccessTokenApi} → {@code personalAccessToken}. */
    private static String controllerName(Class<?> controller) {
        var name = controller.getSimpleName().replaceAll("(Api|Controller)$", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Bean
    OpenApiCustomizer securityAndProblems() {
        return api -> {
            shortSchemaNames(api);
            var used = new TreeSet<String>();
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> used.addAll(document(operation))));
            }
            var components = api.getComponents();
            components.addSchemas(PROBLEM, problemSchema());
            used.forEach(status -> components.addResponses(PROBLEMS.get(status).name(),
                    problemResponse(status, PROBLEMS.get(status))));
        };
    }

    /** Declares the operation's security and problem responses; answers the statuses it refers to. */
    private static Set<String> document(Operation operation) {
        var isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        if (operation.getSecurity() == null) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        }
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        var hasBody = operation.getRequestBody() != null;
        if (hasBody || !parameters.isEmpty()) {
            problem(responses, "400");
        }
        if (!isPublic) {
            problem(responses, "401");
            problem(responses, "403");
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            problem(responses, "404");
        }
        if (hasBody) {
            problem(responses, "413");
        }
        if (parameters.stream().anyMatch(parameter -> "header".equals(parameter.getIn())
                && "Idempotency-Key".equalsIgnoreCase(parameter.getName()))) {
            problem(responses, "422");
        }
        problem(responses, "429");
        problem(responses, "503");
        if (isPublic && operation.getDescription() == null) {
            operation.setDescription("Public: needs no token.");
        }
        var referred = new TreeSet<String>();
        responses.forEach((status, response) -> {
            if (response.get$ref() != null) {
                referred.add(status);
            }
        });
        return referred;
    }

    /**
     * Types are named by their full names ({@code springdoc.use-fqn}), so that two records of the
     * same simple name in different modules (a curriculum {@code Question} and a mock interview's)
     * do not silently become one schema. Here each gets the shortest name that is still unique: its
     * simple name, else with its enclosing types' names, else with its module's.
     */
    private static void shortSchemaNames(OpenAPI api) {
        var schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        if (schemas == null || schemas.isEmpty()) {
            return;
        }
        var names = new TreeMap<String, String>();
        for (var level = 0; level < 3 && names.size() < schemas.size(); level++) {
            var candidates = new TreeMap<String, List<String>>();
            for (var full : schemas.keySet()) {
                if (!names.containsKey(full)) {
                    candidates.computeIfAbsent(shortName(full, level), name -> new java.util.ArrayList<>()).add(full);
                }
            }
            var taken = new java.util.HashSet<>(names.values());
            candidates.forEach((name, fulls) -> {
                if (fulls.size() == 1 && !taken.contains(name)) {
                    names.put(fulls.getFirst(), name);
                }
            });
        }
        schemas.keySet().forEach(full -> names.putIfAbsent(full, full.replaceAll("[^A-Za-z0-9._-]", ".")));
        if (names.entrySet().stream().allMatch(name -> name.getKey().equals(name.getValue()))) {
            return;
        }
        try {
            var mapper = Json31.mapper();
            var json = mapper.writeValueAsString(api);
            for (var name : names.entrySet()) {
                json = json.replace("\"#/components/schemas/" + name.getKey() + "\"",
                        "\"#/components/schemas/" + name.getValue() + "\"");
            }
            var renamed = mapper.readValue(json, OpenAPI.class);
            var renamedSchemas = new LinkedHashMap<String, Schema>();
            renamed.getComponents().getSchemas().forEach((full, schema) -> renamedSchemas.put(names.get(full), schema));
            renamed.getComponents().setSchemas(new TreeMap<>(renamedSchemas));
            api.setComponents(renamed.getComponents());
            api.setPaths(renamed.getPaths());
        }
        catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("The API document could not be renamed", unreadable);
        }
    }

    /** {@code uz.roadmap.assessment.MockView$Question}: 0 → Question, 1 → MockViewQuestion, 2 → AssessmentMockViewQuestion. */
    private static String shortName(String fullName, int level) {
        var packageEnd = fullName.lastIndexOf('.');
        var types = fullName.substring(packageEnd + 1).split("\\$");
        var name = new StringBuilder(types[types.length - 1]);
        if (level >= 1) {
            for (var i = types.length - 2; i >= 0; i--) {
                name.insert(0, types[i]);
            }
        }
        if (level >= 2 && packageEnd > 0) {
            var module = fullName.substring(0, packageEnd);
            module = module.substring(module.lastIndexOf('.') + 1);
            name.insert(0, Character.toUpperCase(module.charAt(0)) + module.substring(1));
        }
        return name.toString();
    }

    private static void problem(ApiResponses responses, String status) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + PROBLEMS.get(status).name()));
        }
    }

    private static ApiResponse problemResponse(String status, Problem problem) {
        var response = new ApiResponse().description(problem.description()).content(problemContent());
        if ("429".equals(status)) {
            response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds until the client's budget allows another request")
                    .schema(typed("integer")));
        }
        return response;
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema<?> problemSchema() {
        var properties = new LinkedHashMap<String, Schema>();
        properties.put("type", typed("string").format("uri-reference")
                .description("Identifies the kind of problem; documented at this address (`/problems/{type}`)"));
        properties.put("title", typed("string").description("A short summary of the kind of problem"));
        properties.put("status", typed("integer").format("int32").description("The HTTP status code"));
        properties.put("detail", typed("string").description("What went wrong in this case, in the request's language"));
        properties.put("instance", typed("string").format("uri-reference").description("The request's path"));
        return typed("object")
                .description("An error, as RFC 9457 problem details; some carry more members (e.g. the invalid fields)")
                .properties(properties)
                .required(List.of("type", "title", "status"));
    }

    /** A schema of one type, written the way both OpenAPI 3.0 and 3.1 serialisers read it. */
    private static Schema<Object> typed(String type) {
        var schema = new Schema<Object>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }

    private static Map<String, Problem> problems() {
        var problems = new LinkedHashMap<String, Problem>();
        problems.put("400", new Problem("BadRequest", "The request is malformed or a value is invalid"));
        problems.put("401", new Problem("Unauthorized", "No valid bearer token: missing, expired, revoked or forged"));
        problems.put("403", new Problem("Forbidden",
                "The token is valid but may not do this (another role, or a token without the needed scope)"));
        problems.put("404", new Problem("NotFound", "No such resource, or not one of the caller's"));
        problems.put("409", new Problem("Conflict", "The resource's current state does not allow this"));
        problems.put("413", new Problem("ContentTooLarge", "The request body is larger than the server accepts"));
        problems.put("422", new Problem("UnprocessableContent",
                "Well-formed but not acceptable, e.g. an `Idempotency-Key` reused for another request"));
        problems.put("429", new Problem("TooManyRequests", "The client's request budget is spent; see `Retry-After`"));
        problems.put("503", new Problem("ServiceUnavailable", "A store the server needs is unavailable; try again later"));
        return problems;
    }
}
