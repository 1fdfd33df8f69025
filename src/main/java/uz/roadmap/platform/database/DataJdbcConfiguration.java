package uz.roadmap.platform.database;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.convert.ConverterBuilder;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;

import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.platform.JsonColumn;

/**
 * What every module's persistence shares: one clock, and the conversions Spring Data JDBC applies,
 * among them the {@link JsonColumn} types modules declare, written as {@code jsonb} with the
 * application's JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class DataJdbcConfiguration {

    /** The time every module reads: tests replace it to let time pass. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect, List<JsonColumn> columns, JsonMapper json) {
        return JdbcCustomConversions.of(dialect, columns.stream().map(column -> conversion(column.type(), json)).toList());
    }

    private static <T> Object conversion(Class<T> type, JsonMapper json) {
        return ConverterBuilder.reading(PGobject.class, type, column -> json.readValue(column.getValue(), type))
                .andWriting(value -> jsonb(json.writeValueAsString(value)));
    }

    private static PGobject jsonb(String value) {
        var column = new PGobject();
        column.setType("jsonb");
        try {
            column.setValue(value);
        }
        catch (SQLException impossible) {
            throw new IllegalStateException(impossible);
        }
        return column;
    }
}
