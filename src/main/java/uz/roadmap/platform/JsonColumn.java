package uz.roadmap.platform;

/**
 * A value type that an aggregate keeps in one {@code jsonb} column. A module declares each such
 * type as a bean ({@code @Bean JsonColumn attemptPaper() { return new JsonColumn(Paper.class); }});
 * Spring Data JDBC then writes values of it as JSON and reads them back.
 */
public record JsonColumn(Class<?> type) {
}
