package cn.diaodu.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The field behind a violated unique key, read from the database's message: PostgreSQL says
 * {@code Key (username)=(…) already exists}, H2 {@code … ON PUBLIC.APP_USER(USERNAME NULLS FIRST) …}. The column
 * becomes the API's field name ({@code period_key} → {@code period}, {@code code} → {@code code}).
 */
public final class UniqueKeys {
    private static final Pattern POSTGRES = Pattern.compile("Key \\(([a-zA-Z0-9_]+)");
    private static final Pattern H2 = Pattern.compile("ON [A-Za-z0-9_\"]+\\.[A-Za-z0-9_\"]+\\(\"?([A-Za-z0-9_]+)");

    private UniqueKeys() {
    }

    /** The field, or null when the message names no column. */
    public static String field(DataIntegrityViolationException e) {
        String msg = String.valueOf(e.getMostSpecificCause().getMessage());
        Matcher m = POSTGRES.matcher(msg);
        if (!m.find()) {
            m = H2.matcher(msg);
            if (!m.find()) {
                return null;
            }
        }
        return fieldOf(m.group(1).toLowerCase(Locale.ROOT));
    }

    static String fieldOf(String column) {
        if (column.equals("period_key")) {
            return "period";
        }
        if (column.equals("cal_year")) {
            return "year";
        }
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
