package uz.roadmap.platform.web;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Nullness;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON request body must be, checked while it is read, for every endpoint at once: no
 * string with a NUL character (PostgreSQL cannot store one) or longer than {@value #MAX_STRING}
 * characters; no date or instant outside the years 1 to 9999; and every field of a request record
 * (a record of a module's {@code web} package) that is not {@code @Nullable} present. A body that breaks a rule is answered 400 problem
 * details before any handler runs.
 */
@Configuration(proxyBeanMethods = false)
class WellFormedJson {

    /** The longest string any request may carry: the longest written answer. */
    static final int MAX_STRING = 20_000;
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final Set<Class<?>> TIMES = Set.of(LocalDate.class, LocalDateTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class);

    @Bean
    JacksonModule wellFormedJsonModule() {
        return new SimpleModule("well-formed-json").setDeserializerModifier(new ValueDeserializerModifier() {

            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                var type = bean.getBeanClass();
                if (type == String.class) {
                    return new Checked(deserializer, WellFormedJson::stringProblem);
                }
                if (TIMES.contains(type)) {
                    return new Checked(deserializer, WellFormedJson::timeProblem);
                }
                if (type.isRecord() && type.getPackageName().startsWith("uz.roadmap.")
                        && type.getPackageName().endsWith(".web")) {
                    var required = Arrays.stream(type.getRecordComponents())
                            .filter(component -> !component.getType().isPrimitive())
                            .map(component -> component.getAccessor())
                            .filter(accessor -> Nullness.forMethodReturnType(accessor) != Nullness.NULLABLE)
                            .filter(Method::trySetAccessible)
                            .toList();
                    return required.isEmpty() ? deserializer : new Checked(deserializer, value -> missing(value, required));
                }
                return deserializer;
            }
        });
    }

    private static @Nullable String stringProblem(@Nullable Object value) {
        if (value instanceof String text) {
            if (text.length() > MAX_STRING) {
                return "must have at most " + MAX_STRING + " characters";
            }
            if (text.indexOf('\u0000') >= 0) {
                return "must not contain a NUL character";
            }
        }
        return null;
    }

    private static @Nullable String timeProblem(@Nullable Object value) {
        var date = switch (value) {
            case LocalDate day -> day;
            case LocalDateTime time -> time.toLocalDate();
            case Instant instant when instant.isBefore(EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))
                    || instant.isAfter(LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)) -> EARLIEST.minusDays(1);
            case Instant instant -> EARLIEST;
            case OffsetDateTime time -> time.toLocalDate();
            case ZonedDateTime time -> time.toLocalDate();
            case null, default -> EARLIEST;
        };
        return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? "must be a date between the years 1 and 9999" : null;
    }

    private static @Nullable String missing(@Nullable Object value, List<Method> required) {
        if (value == null) {
            return null;
        }
        for (var accessor : required) {
            try {
                if (accessor.invoke(value) == null) {
                    return "'" + accessor.getName() + "' is required";
                }
            }
            catch (ReflectiveOperationException unreadable) {
                return null;
            }
        }
        return null;
    }

    private interface Rule {

        @Nullable String problem(@Nullable Object value);
    }

    /** Reads with the standard deserializer, then refuses a value that breaks the rule. */
    private static final class Checked extends DelegatingDeserializer {

        private final Rule rule;

        Checked(ValueDeserializer<?> delegate, Rule rule) {
            super(delegate);
            this.rule = rule;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate, rule);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return checked(super.deserialize(parser, context), context);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into)
                throws JacksonException {
            return checked(super.deserialize(parser, context, into), context);
        }

        private Object checked(Object value, DeserializationContext context) {
            var problem = rule.problem(value);
            if (problem != null) {
                return context.reportInputMismatch(this, problem);
            }
            return value;
        }
    }
}
