package uz.roadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;

import io.grpc.BindableService;
import io.grpc.CallOptions;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.PrototypeMarshaller;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import uz.roadmap.BearerToken;
import uz.roadmap.FullStackTest;
import uz.roadmap.GrpcTestChannel;
import uz.roadmap.account.AccountManagement;

/**
 * Bad input of every kind, sent to every REST operation of the OpenAPI document and every gRPC
 * method the server offers, never causes a server error: NUL characters, very long strings, missing
 * and mistyped fields, dates and instants far outside any sensible range, malformed JSON, URLs and
 * protobuf, oversized headers; nor does any form of the pages. Every REST error under {@code /api} is
 * problem details. New operations and forms are covered without touching this test: it reads the
 * document, the services and the page handlers.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "roadmap.rate-limit.enabled=false", "roadmap.sign-in.attempts=1000000",
        "roadmap.sign-in.address-attempts=1000000" })
class BadInputTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PASSWORD = "a long enough passphrase";
    private static final String LONG = "x".repeat(100 * 1024);
    private static final String NUL = "a\u0000b";

    /** Values that make a request valid as far as possible, so that bad ones reach deep. */
    private static final Map<String, String> GOOD_STRINGS = Map.of("roadmap", "backend-8-weeks", "question",
            "what-is-acid", "slug", "osi-tcp-udp", "language", "en", "lang", "en", "timeZone", "Asia/Tashkent", "email",
            "someone@example.com", "password", PASSWORD);

    /** Bad values of every class for a field of each JSON type; {@code null} as a key means "leave the field out". */
    private static final List<JsonNode> BAD_STRINGS = List.of(NODES.stringNode(NUL), NODES.stringNode(LONG),
            NODES.nullNode(), NODES.numberNode(1), NODES.objectNode(), NODES.stringNode(""));
    private static final List<JsonNode> BAD_DATES = List.of(NODES.stringNode("+999999999-12-31"),
            NODES.stringNode("-999999999-01-01"), NODES.stringNode("0001-01-01"), NODES.stringNode("2026-02-30"),
            NODES.stringNode("9999-12-31"));
    private static final List<JsonNode> BAD_INSTANTS = List.of(NODES.stringNode("+999999999-12-31T23:59:59Z"),
            NODES.stringNode("-999999999-01-01T00:00:00Z"), NODES.stringNode("0001-01-01T00:00:00Z"),
            NODES.stringNode("9999-12-31T23:59:59Z"), NODES.stringNode("2026-12-05T10:00:00+99:00"));
    private static final List<JsonNode> BAD_NUMBERS = List.of(NODES.stringNode("99999999999999999999999"),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(-1),
            NODES.numberNode(1e308), NODES.stringNode(NUL));
    private static final List<JsonNode> BAD_ARRAYS = List.of(NODES.arrayNode().add(NUL),
            NODES.arrayNode().add(NODES.nullNode()), NODES.stringNode("x"), hugeArray());
    private static final List<String> BAD_PATH_VALUES = List.of("%00", "a%00b", "%ZZ", "x".repeat(10_000),
            "..%2F..%2Fetc", "%C0%AF", "-1", "99999999999999999999999", "+999999999-12-31");

    /** Bad values for every field of a page form at once; {@code null} means "leave every field out". */
    private static final List<@Nullable String> BAD_FORM_VALUES = java.util.Arrays.asList(null, NUL, LONG, "", "-1",
            "99999999999999999999", "+999999999-12-31", "+999999999-12-31T23:59:59Z", "x");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient database;

    @Autowired
    GrpcTestChannel grpc;

    @Autowired
    ApplicationContext application;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private String token;
    private JsonNode document;

    @BeforeAll
    void signIn() throws Exception {
        var email = "fuzz-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Fuzz", "en")).isEmpty();
        // an admin passes every role check, so that bad values reach the handlers of every operation
        database.sql("UPDATE account.account SET role = 'ADMIN' WHERE email = :email").param("email", email).update();
        var tokens = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                BodyHandlers.ofString());
        token = JSON.readTree(tokens.body()).path("accessToken").asString();
        document = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), BodyHandlers.ofString())
                .body());
    }

    @Test
    void noRestOperationAnswersAServerErrorToBadInput() throws Exception {
        failures.clear();
        var operations = 0;
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations++;
                fuzz(method.getKey().toUpperCase(), path.getKey(), method.getValue());
            }
        }

        System.out.println("Bad input over REST: " + operations + " operations, answers by status " + statuses);
        assertThat(operations).isGreaterThan(40);
        assertThat(failures).as("requests answered with a server error or without problem details").isEmpty();
    }

    @Test
    void malformedRequestsNeverReachTheApplicationAsServerErrors() throws Exception {
        failures.clear();
        check("GET", "/error", null, send("GET", "/error", null, Map.of()));
        check("GET", "/api/v1/roadmaps/%ZZ", null, raw("GET /api/v1/roadmaps/%ZZ HTTP/1.1"));
        check("GET", "/api/v1/roadmaps/a b", null, raw("GET /api/v1/roadmaps/a b c HTTP/1.1"));
        check("GET", "/api/v1/roadmaps (header)", null,
                send("GET", "/api/v1/roadmaps", null, Map.of("X-Big", "x".repeat(20_000))));
        check("GET", "/api/v1/roadmaps (long URL)", null, send("GET", "/api/v1/roadmaps?x=" + "y".repeat(20_000), null, Map.of()));

        assertThat(failures).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WithOrWithoutItsLength() throws Exception {
        var huge = "{\"email\":\"" + "x".repeat(1024 * 1024) + "\",\"password\":\"y\"}";
        var announced = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(huge)).build(), BodyHandlers.ofString());
        var chunked = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8)))).build(), BodyHandlers.ofString());

        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body()).path("type").asString()).isEqualTo("/problems/content-too-large");
    }

    @Test
    void everyApiRefusalIsProblemDetailsWhateverTheClientAccepts() throws Exception {
        failures.clear();
        var email = "learner-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Learner", "en")).isEmpty();
        var learner = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                BodyHandlers.ofString()).body()).path("accessToken").asString();
        for (var accept : new String[] { "*/*", "text/html", "application/xml", "" }) {
            for (var request : List.of(
                    HttpRequest.newBuilder(uri("/api/v1/cohorts")).header("Authorization", "Bearer " + learner),
                    HttpRequest.newBuilder(uri("/api/v1/cohorts")),
                    HttpRequest.newBuilder(uri("/api/v1/nothing-here")),
                    HttpRequest.newBuilder(uri("/api/v1/roadmaps")).DELETE(),
                    HttpRequest.newBuilder(uri("/api/v1/auth/tokens")).header("Content-Type", "text/plain")
                            .POST(BodyPublishers.ofString("x")))) {
                if (!accept.isEmpty()) {
                    request.header("Accept", accept);
                }
                var built = request.build();
                var response = http.send(built, BodyHandlers.ofString());
                var shown = built.method() + " " + built.uri().getPath() + " (Accept " + accept + ")";
                if (response.statusCode() < 400 || !response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json") || response.body().isEmpty()) {
                    failures.add(shown + " -> " + response.statusCode() + " "
                            + response.headers().firstValue("Content-Type").orElse("no body"));
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    /**
     * Every form of the pages, posted by a signed-in browser (its session and CSRF token) with its
     * fields missing or bad and its path variables unknown, with and without htmx: never a server error.
     */
    @Test
    void noPageFormAnswersAServerErrorToBadInput() throws Exception {
        failures.clear();
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        var email = "forms-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(email, PASSWORD, "Forms", "en")).isEmpty();
        database.sql("UPDATE account.account SET role = 'ADMIN' WHERE email = :email").param("email", email).update();
        post(browser, "/sign-in", Map.of("email", email, "password", PASSWORD, "_csrf", csrf(browser, "/sign-in")), Map.of());
        var csrf = csrf(browser, "/profile");
        var forms = 0;
        var mappings = application.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            var handler = mapping.getValue();
            if (!AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Controller.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)
                    || !mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            var fields = formFields(handler);
            for (var pattern : mapping.getKey().getPatternValues()) {
                forms++;
                for (var variable : List.of("x", "%00", UUID.randomUUID().toString(), "99999999999999999999")) {
                    var target = pattern.replaceAll("\\{[^}]+}", variable);
                    for (var bad : BAD_FORM_VALUES) {
                        var values = new java.util.HashMap<String, String>();
                        if (bad != null) {
                            fields.forEach(field -> values.put(field, bad));
                        }
                        values.put("_csrf", csrf);
                        for (var htmx : List.of(Map.<String, String>of(), Map.of("HX-Request", "true"))) {
                            var status = post(browser, target, values, htmx);
                            if (status >= 500) {
                                failures.add("POST " + target + " " + fields + " = " + abbreviated(String.valueOf(bad))
                                        + (htmx.isEmpty() ? "" : " (htmx)") + " -> " + status);
                            }
                        }
                    }
                }
            }
        }

        assertThat(forms).isGreaterThan(15);
        assertThat(failures).as("page forms answered with a server error").isEmpty();
    }

    @Test
    void noGrpcMethodAnswersUnknownOrInternalToBadInput() {
        failures.clear();
        var methods = 0;
        for (var service : application.getBeansOfType(BindableService.class).values()) {
            for (var method : service.bindService().getMethods()) {
                var descriptor = method.getMethodDescriptor();
                if (descriptor.getType() != MethodDescriptor.MethodType.UNARY
                        || !(descriptor.getRequestMarshaller() instanceof PrototypeMarshaller<?> marshaller)
                        || !(marshaller.getMessagePrototype() instanceof Message prototype)) {
                    continue;
                }
                methods++;
                for (var request : badMessages(prototype)) {
                    call(descriptor.getFullMethodName(), request.toByteArray());
                }
                call(descriptor.getFullMethodName(), new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01 });
                call(descriptor.getFullMethodName(), new byte[] { 0x0A, 0x7F, 0x41 });
            }
        }

        assertThat(methods).isGreaterThan(20);
        assertThat(failures).as("gRPC calls ended UNKNOWN or INTERNAL").isEmpty();
    }

    private void fuzz(String method, String path, JsonNode operation) throws Exception {
        var parameters = new ArrayList<JsonNode>();
        operation.path("parameters").forEach(parameters::add);
        var body = schemaOf(operation.path("requestBody").path("content").path("application/json").path("schema"));

        // each path and query parameter in turn, the rest good
        for (var parameter : parameters) {
            var in = parameter.path("in").asString();
            if (!in.equals("path") && !in.equals("query")) {
                continue;
            }
            for (var bad : BAD_PATH_VALUES) {
                var target = target(path, parameters, parameter.path("name").asString(), bad);
                var json = body == null ? null : JSON.writeValueAsString(goodValue(body, ""));
                check(method, target, json, send(method, target, json, Map.of()));
            }
        }
        if (body == null) {
            return;
        }
        var target = target(path, parameters, null, null);
        for (var json : List.of("{", "[]", "\"x\"", "{\"a\":" + "[".repeat(5000) + "}", "\u0000", "{\"x\":\"\\u0000\"}")) {
            check(method, target, json, send(method, target, json, Map.of()));
        }
        var good = (ObjectNode) goodValue(body, "");
        for (var property : body.path("properties").properties()) {
            var schema = schemaOf(property.getValue());
            var values = new ArrayList<@Nullable JsonNode>(badValues(schema == null ? NODES.objectNode() : schema));
            values.add(null);
            for (var bad : values) {
                var changed = good.deepCopy();
                if (bad == null) {
                    changed.remove(property.getKey());
                }
                else {
                    changed.set(property.getKey(), bad);
                }
                var json = JSON.writeValueAsString(changed);
                check(method, target, json, send(method, target, json, Map.of()));
            }
        }
        // header parameters (an idempotency key) empty and too long
        for (var parameter : parameters) {
            if (parameter.path("in").asString().equals("header")) {
                var json = JSON.writeValueAsString(good);
                for (var bad : List.of("", " ", "x".repeat(5000))) {
                    check(method, target, json, send(method, target, json, Map.of(parameter.path("name").asString(), bad)));
                }
            }
        }
    }

    private List<JsonNode> badValues(JsonNode schema) {
        var type = type(schema);
        var format = schema.path("format").asString("");
        if (format.equals("date")) {
            return BAD_DATES;
        }
        if (format.equals("date-time")) {
            return BAD_INSTANTS;
        }
        return switch (type) {
            case "integer", "number" -> BAD_NUMBERS;
            case "array" -> BAD_ARRAYS;
            case "object" -> List.of(NODES.stringNode(NUL), NODES.arrayNode(), NODES.nullNode());
            case "boolean" -> List.of(NODES.stringNode(NUL), NODES.numberNode(2));
            default -> BAD_STRINGS;
        };
    }

    /** A value the schema allows, where it can be guessed. */
    private JsonNode goodValue(JsonNode schema, String name) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        var format = schema.path("format").asString("");
        return switch (type(schema)) {
            case "object" -> {
                var object = NODES.objectNode();
                for (var property : schema.path("properties").properties()) {
                    var inner = schemaOf(property.getValue());
                    object.set(property.getKey(), inner == null ? NODES.nullNode() : goodValue(inner, property.getKey()));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode();
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (format) {
                case "date" -> NODES.stringNode("2026-12-01");
                case "date-time" -> NODES.stringNode("2026-12-01T10:00:00Z");
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                default -> NODES.stringNode(GOOD_STRINGS.getOrDefault(name, "x"));
            };
        };
    }

    private static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var each : type) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
        }
        return type.asString(schema.has("properties") ? "object" : "string");
    }

    private @Nullable JsonNode schemaOf(JsonNode schema) {
        if (schema.isMissingNode() || schema.isNull()) {
            return null;
        }
        if (schema.has("$ref")) {
            var name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private String target(String path, List<JsonNode> parameters, @Nullable String badName, @Nullable String bad) {
        var target = path;
        var query = new StringBuilder();
        for (var parameter : parameters) {
            var name = parameter.path("name").asString();
            var schema = schemaOf(parameter.path("schema"));
            var value = name.equals(badName) ? bad
                    : URLEncoder.encode(goodValue(schema == null ? NODES.objectNode() : schema, name).asString(""),
                            StandardCharsets.UTF_8);
            switch (parameter.path("in").asString()) {
                case "path" -> target = target.replace("{" + name + "}", value);
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
                default -> {
                }
            }
        }
        return target + query;
    }

    private void check(String method, String target, @Nullable String body, @Nullable Answer answer) {
        var shown = method + " " + abbreviated(target) + (body == null ? "" : " " + abbreviated(body));
        if (answer == null) {
            failures.add(shown + " -> no answer");
            return;
        }
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 500) {
            failures.add(shown + " -> " + answer.status());
        }
        else if (answer.status() >= 400 && (target.startsWith("/api/") || target.equals("/error"))
                && !answer.contentType().startsWith("application/problem+json")) {
            failures.add(shown + " -> " + answer.status() + " as " + answer.contentType());
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }

    private record Answer(int status, String contentType) {
    }

    private @Nullable Answer send(String method, String target, @Nullable String json, Map<String, String> headers) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            HttpResponse<Void> response = http.send(request.build(), BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
        }
        catch (IllegalArgumentException unsendable) {
            // the client itself refuses to send it (e.g. an illegal URI): nothing reached the server
            return new Answer(400, "application/problem+json");
        }
        catch (Exception failure) {
            failures.add(method + " " + abbreviated(target) + " -> " + failure);
            return new Answer(0, "");
        }
    }

    /** A request line sent over a plain socket, for what {@link HttpClient} will not send. */
    private Answer raw(String requestLine) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            var status = Integer.parseInt(response.substring(9, 12));
            var contentType = response.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).strip()).findFirst().orElse("");
            return new Answer(status, contentType);
        }
    }

    /** Messages with one field bad at a time: NUL, long strings, extreme numbers, out-of-range timestamps. */
    private static List<Message> badMessages(Message prototype) {
        var messages = new ArrayList<Message>();
        messages.add(prototype);
        for (var field : prototype.getDescriptorForType().getFields()) {
            for (var bad : badValues(field)) {
                var builder = DynamicMessage.newBuilder(prototype.getDescriptorForType());
                if (field.isRepeated()) {
                    builder.addRepeatedField(field, bad);
                }
                else {
                    builder.setField(field, bad);
                }
                messages.add(builder.build());
            }
        }
        return messages;
    }

    private static List<Object> badValues(FieldDescriptor field) {
        return switch (field.getJavaType()) {
            case STRING -> List.of(NUL, LONG, "", "+999999999-12-31", "backend-8-weeks");
            case INT -> List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0);
            case LONG -> List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L);
            case DOUBLE -> List.of(Double.NaN, Double.POSITIVE_INFINITY, -1e308);
            case FLOAT -> List.of(Float.NaN, Float.NEGATIVE_INFINITY);
            case ENUM -> List.of(field.getEnumType().getValues().getLast());
            case MESSAGE -> new ArrayList<Object>(badMessages(field.getMessageType()));
            default -> List.of();
        };
    }

    /** Messages of this type with each field set to extreme values (a Timestamp's seconds far out of range, and so on). */
    private static List<Message> badMessages(com.google.protobuf.Descriptors.Descriptor type) {
        var messages = new ArrayList<Message>();
        for (var field : type.getFields()) {
            for (var bad : switch (field.getJavaType()) {
                case LONG -> List.<Object>of(Long.MIN_VALUE, Long.MAX_VALUE, 253402300800L, -62135596801L);
                case INT -> List.<Object>of(Integer.MIN_VALUE, -1, 1_000_000_000);
                case STRING -> List.<Object>of(NUL, LONG);
                default -> List.<Object>of();
            }) {
                messages.add(DynamicMessage.newBuilder(type).setField(field, bad).build());
            }
        }
        return messages;
    }

    private void call(String fullMethodName, byte[] request) {
        var method = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(fullMethodName)
                .setRequestMarshaller(new Bytes())
                .setResponseMarshaller(new Bytes())
                .build();
        try {
            ClientCalls.blockingUnaryCall(grpc.channel(), method,
                    CallOptions.DEFAULT.withCallCredentials(new BearerToken(token)).withDeadlineAfter(30, TimeUnit.SECONDS),
                    request);
        }
        catch (StatusRuntimeException refused) {
            var code = refused.getStatus().getCode();
            if (code == Status.Code.UNKNOWN || code == Status.Code.INTERNAL || code == Status.Code.DEADLINE_EXCEEDED) {
                failures.add(fullMethodName + " " + abbreviated(java.util.HexFormat.of().formatHex(request)) + " -> "
                        + refused.getStatus());
            }
        }
    }

    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {

        @Override
        public java.io.InputStream stream(byte[] value) {
            return new java.io.ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(java.io.InputStream stream) {
            try {
                return stream.readAllBytes();
            }
            catch (java.io.IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
        }
    }

    private static JsonNode hugeArray() {
        var array = NODES.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            array.add(i);
        }
        return array;
    }

    /** The fields a page form's handler reads: its request parameters and the components of its form record. */
    private static List<String> formFields(HandlerMethod handler) {
        var fields = new ArrayList<String>();
        for (var parameter : handler.getMethodParameters()) {
            var param = parameter.getParameterAnnotation(RequestParam.class);
            var type = parameter.getParameterType();
            if (param != null) {
                fields.add(param.name().isEmpty() ? param.value().isEmpty() ? parameter.getParameterName() : param.value()
                        : param.name());
            }
            else if (type.isRecord()) {
                for (var component : type.getRecordComponents()) {
                    fields.add(component.getName());
                }
            }
        }
        return fields;
    }

    private String csrf(HttpClient browser, String page) throws Exception {
        var body = browser.send(HttpRequest.newBuilder(uri(page)).build(), BodyHandlers.ofString()).body();
        var found = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
        assertThat(found.find()).as("a CSRF token on " + page).isTrue();
        return found.group(1);
    }

    private int post(HttpClient browser, String target, Map<String, String> fields, Map<String, String> headers) {
        var form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        try {
            var request = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(form.toString()));
            headers.forEach(request::header);
            return browser.send(request.build(), BodyHandlers.discarding()).statusCode();
        }
        catch (IllegalArgumentException unsendable) {
            return 400;
        }
        catch (Exception failure) {
            failures.add("POST " + abbreviated(target) + " -> " + failure);
            return 0;
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
