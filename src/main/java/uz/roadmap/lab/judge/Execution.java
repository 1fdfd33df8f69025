package uz.roadmap.lab.judge;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;

import uz.roadmap.lab.judge.ResultTable.Column;

/**
 * Runs one query as the learner role, on a fresh connection, in a read-only transaction that is
 * always rolled back: with the client-side query timeout (which the SQL cannot turn off), at most
 * {@code maxRows + 1} rows fetched and at most {@code maxBytes} of values read.
 */
public final class Execution {

    private Execution() {
    }

    /** What became of the query. */
    public sealed interface Outcome {
    }

    public record Rows(ResultTable table) implements Outcome {
    }

    /** PostgreSQL refused or failed the query: its SQLSTATE, message and (1-based) position in the query, if any. */
    public record Failed(String sqlState, String message, @Nullable Integer position) implements Outcome {
    }

    /** Cancelled: it ran out of time, or of the temporary disk it may use ({@code resource} true). */
    public record TimedOut(boolean resource) implements Outcome {
    }

    /** Its result is larger than the judge reads: more rows ({@code rows} true) or more bytes. */
    public record TooLarge(boolean rows) implements Outcome {
    }

    /** Runs the query on a connection the caller opened (and closes). */
    public static Outcome run(Connection connection, String sql, int timeoutSeconds, int maxRows, long maxBytes) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try (var statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            statement.setMaxRows(maxRows + 1);
            statement.setFetchSize(Math.min(maxRows + 1, 1000));
            if (!statement.execute(sql)) {
                return new Failed("", "not a query", null);
            }
            try (var rows = statement.getResultSet()) {
                return read(rows, maxRows, maxBytes);
            }
        }
        catch (PSQLException failure) {
            return failed(failure);
        }
        finally {
            try {
                connection.rollback();
            }
            catch (SQLException ignored) {
                // the connection is closed by the caller, which ends the transaction anyway
            }
        }
    }

    static Outcome failed(SQLException failure) {
        var state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.equals("57014")) {
            return new TimedOut(false);
        }
        if (state.equals("53400") || state.equals("53100") || state.equals("53200") || state.equals("54001")) {
            return new TimedOut(true);
        }
        Integer position = null;
        var message = failure.getMessage();
        if (failure instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            var server = psql.getServerErrorMessage();
            message = server.getMessage();
            position = server.getPosition() > 0 ? server.getPosition() : null;
        }
        return new Failed(state, message == null ? state : message, position);
    }

    private static Outcome read(ResultSet rows, int maxRows, long maxBytes) throws SQLException {
        var meta = rows.getMetaData();
        var columns = new ArrayList<Column>();
        for (var index = 1; index <= meta.getColumnCount(); index++) {
            var type = meta.getColumnType(index);
            var floating = type == Types.REAL || type == Types.DOUBLE || type == Types.FLOAT;
            var numeric = floating || type == Types.NUMERIC || type == Types.DECIMAL || type == Types.INTEGER
                    || type == Types.BIGINT || type == Types.SMALLINT || type == Types.TINYINT;
            columns.add(new Column(meta.getColumnLabel(index), meta.getColumnTypeName(index), numeric, floating));
        }
        var table = new ArrayList<List<@Nullable Object>>();
        long bytes = 0;
        while (rows.next()) {
            if (table.size() == maxRows) {
                return new TooLarge(true);
            }
            var row = new ArrayList<@Nullable Object>(columns.size());
            for (var index = 1; index <= columns.size(); index++) {
                var value = value(rows, index, columns.get(index - 1));
                bytes += value == null ? 1 : value.toString().length() + 1;
                row.add(value);
            }
            if (bytes > maxBytes) {
                return new TooLarge(false);
            }
            table.add(row);
        }
        return new Rows(new ResultTable(columns, table));
    }

    private static @Nullable Object value(ResultSet rows, int index, Column column) throws SQLException {
        if (column.floating()) {
            var number = rows.getDouble(index);
            if (rows.wasNull()) {
                return null;
            }
            return Double.isFinite(number) ? BigDecimal.valueOf(number) : Double.toString(number);
        }
        if (column.numeric()) {
            var text = rows.getString(index);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            }
            catch (NumberFormatException notFinite) {
                return text;
            }
        }
        return rows.getString(index);
    }
}
