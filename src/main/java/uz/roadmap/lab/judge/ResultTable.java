package uz.roadmap.lab.judge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A query's result as the judge compares it: its columns and every row, each value a
 * {@link BigDecimal} (a number), a {@link String} (anything else, as PostgreSQL prints it) or null.
 *
 * @param columns the columns in the query's order
 * @param rows the rows in the order they arrived
 */
public record ResultTable(List<Column> columns, List<List<@Nullable Object>> rows) {

    /**
     * A column: its label, its PostgreSQL type, whether it holds numbers and whether they are floating point.
     */
    public record Column(String label, String type, boolean numeric, boolean floating) {
    }

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows as text, for a person to read: numbers without trailing zeros, NULL as {@code NULL}. */
    public List<List<String>> printed(int limit) {
        return rows.stream().limit(limit).map(ResultTable::printed).toList();
    }

    public static List<String> printed(List<@Nullable Object> row) {
        var printed = new ArrayList<String>(row.size());
        for (var value : row) {
            printed.add(print(value));
        }
        return printed;
    }

    static String print(@Nullable Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return Objects.toString(value);
    }
}
