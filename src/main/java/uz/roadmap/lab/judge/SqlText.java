package uz.roadmap.lab.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SQL text split the way PostgreSQL reads it: into tokens and statements, with string constants
 * ({@code '…'}, {@code E'…'}, {@code $tag$…$tag$}), quoted identifiers and comments (nested
 * {@code /* … *}{@code /} and {@code --}) understood, so that a semicolon or a keyword inside one of
 * them is not taken for a statement's end or a command. Plain Java, no database.
 */
public final class SqlText {

    /** What a token is. */
    public enum Kind {
        WORD, QUOTED_IDENTIFIER, STRING, NUMBER, SYMBOL, SEMICOLON
    }

    /**
     * A token: its kind, its text ({@code value} is a word in lower case, a quoted identifier without its
     * quotes), its offset in the text and its nesting depth in parentheses.
     */
    public record Token(Kind kind, String value, int offset, int end, int depth) {

        public boolean is(String word) {
            return kind == Kind.WORD && value.equals(word);
        }

        public boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && value.equals(symbol);
        }

        /** A name: a word or a quoted identifier. */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
        }
    }

    /** A statement: its tokens and its text from its first to its last token. */
    public record Statement(List<Token> tokens, String text) {

        public Token first() {
            return tokens.getFirst();
        }

        /** Whether the words follow each other at the statement's outermost level. */
        public boolean startsWith(String... words) {
            if (tokens.size() < words.length) {
                return false;
            }
            for (var index = 0; index < words.length; index++) {
                if (!tokens.get(index).is(words[index])) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the statement has an ORDER BY of its own, at its outermost level (not in a sub-query or a window). */
        public boolean ordersItsResult() {
            return orderBy().isPresent();
        }

        /** The index of the outermost ORDER BY's first item, if the statement has one. */
        public Optional<Integer> orderBy() {
            Integer found = null;
            for (var index = 0; index + 1 < tokens.size(); index++) {
                if (tokens.get(index).depth() == 0 && tokens.get(index).is("order") && tokens.get(index + 1).is("by")) {
                    found = index + 2;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    /** The text could not be read: a string, quoted identifier or comment is not closed. */
    public static final class Unreadable extends Exception {

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private SqlText() {
    }

    /** The statements of the text; empty ones (a lone semicolon, only comments) are left out. */
    public static List<Statement> statements(String sql) throws Unreadable {
        var statements = new ArrayList<Statement>();
        var current = new ArrayList<Token>();
        for (var token : tokens(sql)) {
            if (token.kind() == Kind.SEMICOLON) {
                add(statements, current, sql);
                current = new ArrayList<>();
            }
            else {
                current.add(token);
            }
        }
        add(statements, current, sql);
        return statements;
    }

    private static void add(List<Statement> statements, List<Token> tokens, String sql) {
        if (!tokens.isEmpty()) {
            statements.add(new Statement(List.copyOf(tokens), sql.substring(tokens.getFirst().offset(), tokens.getLast().end())));
        }
    }

    /** The tokens of the text, comments left out. */
    public static List<Token> tokens(String sql) throws Unreadable {
        var scanner = new Scanner(sql);
        var tokens = new ArrayList<Token>();
        var depth = 0;
        while (true) {
            var token = scanner.next(depth);
            if (token == null) {
                return tokens;
            }
            if (token.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
                token = new Token(token.kind(), token.value(), token.offset(), token.end(), depth);
            }
            tokens.add(token);
            if (token.isSymbol("(")) {
                depth++;
            }
        }
    }

    private static final class Scanner {

        private final String sql;
        private int position;

        Scanner(String sql) {
            this.sql = sql;
        }

        Token next(int depth) throws Unreadable {
            skipSpaceAndComments();
            if (position >= sql.length()) {
                return null;
            }
            var start = position;
            var c = sql.charAt(position);
            if (c == ';') {
                position++;
                return token(Kind.SEMICOLON, ";", start, depth);
            }
            if (c == '\'') {
                return token(Kind.STRING, quoted('\'', false), start, depth);
            }
            if ((c == 'e' || c == 'E') && peek(1) == '\'') {
                position++;
                return token(Kind.STRING, quoted('\'', true), start, depth);
            }
            if ((c == 'u' || c == 'U') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
                position += 2;
                var quote = sql.charAt(position);
                return token(quote == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER, quoted(quote, false), start, depth);
            }
            if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && peek(1) == '\'') {
                position++;
                return token(Kind.STRING, quoted('\'', false), start, depth);
            }
            if (c == '"') {
                return token(Kind.QUOTED_IDENTIFIER, quoted('"', false), start, depth);
            }
            if (c == '$') {
                var tag = dollarTag();
                if (tag != null) {
                    var close = sql.indexOf(tag, position + tag.length());
                    if (close < 0) {
                        throw new Unreadable("a dollar-quoted string is not closed");
                    }
                    var value = sql.substring(position + tag.length(), close);
                    position = close + tag.length();
                    return token(Kind.STRING, value, start, depth);
                }
            }
            if (Character.isLetter(c) || c == '_' || c > 127) {
                while (position < sql.length() && isWordPart(sql.charAt(position))) {
                    position++;
                }
                return token(Kind.WORD, sql.substring(start, position).toLowerCase(Locale.ROOT), start, depth);
            }
            if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                while (position < sql.length() && (Character.isLetterOrDigit(sql.charAt(position)) || sql.charAt(position) == '.'
                        || sql.charAt(position) == '_')) {
                    position++;
                }
                return token(Kind.NUMBER, sql.substring(start, position), start, depth);
            }
            position++;
            return token(Kind.SYMBOL, String.valueOf(c), start, depth);
        }

        /** The token that started at {@code start} and ends here; its value is computed before this is called. */
        private Token token(Kind kind, String value, int start, int depth) {
            return new Token(kind, value, start, position, depth);
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
        }

        private char peek(int ahead) {
            return position + ahead < sql.length() ? sql.charAt(position + ahead) : '\0';
        }

        /** {@code $tag$} at the position, or null when the dollar sign does not open a string ({@code $1}). */
        private String dollarTag() {
            var end = position + 1;
            if (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                return null;
            }
            while (end < sql.length() && sql.charAt(end) != '$') {
                var c = sql.charAt(end);
                if (!(Character.isLetterOrDigit(c) || c == '_' || c > 127)) {
                    return null;
                }
                end++;
            }
            return end < sql.length() ? sql.substring(position, end + 1) : null;
        }

        private String quoted(char quote, boolean backslashEscapes) throws Unreadable {
            var value = new StringBuilder();
            position++;
            while (position < sql.length()) {
                var c = sql.charAt(position);
                if (backslashEscapes && c == '\\' && position + 1 < sql.length()) {
                    value.append(sql.charAt(position + 1));
                    position += 2;
                    continue;
                }
                if (c == quote) {
                    if (peek(1) == quote) {
                        value.append(quote);
                        position += 2;
                        continue;
                    }
                    position++;
                    return value.toString();
                }
                value.append(c);
                position++;
            }
            throw new Unreadable(quote == '"' ? "a quoted identifier is not closed" : "a string is not closed");
        }

        private void skipSpaceAndComments() throws Unreadable {
            while (position < sql.length()) {
                var c = sql.charAt(position);
                if (Character.isWhitespace(c)) {
                    position++;
                }
                else if (c == '-' && peek(1) == '-') {
                    while (position < sql.length() && sql.charAt(position) != '\n') {
                        position++;
                    }
                }
                else if (c == '/' && peek(1) == '*') {
                    var nesting = 0;
                    do {
                        if (position + 1 >= sql.length()) {
                            throw new Unreadable("a comment is not closed");
                        }
                        if (sql.charAt(position) == '/' && peek(1) == '*') {
                            nesting++;
                            position += 2;
                        }
                        else if (sql.charAt(position) == '*' && peek(1) == '/') {
                            nesting--;
                            position += 2;
                        }
                        else {
                            position++;
                        }
                    }
                    while (nesting > 0);
                }
                else {
                    return;
                }
            }
        }
    }
}
