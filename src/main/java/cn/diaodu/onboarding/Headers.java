package cn.diaodu.onboarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one kind of list: each with its key, the header the template writes, the API field its errors name
 * and the other headers that mean the same (牵头单位 for 责任单位). Headers compare without spaces and with full-width
 * and half-width parentheses alike: "总投资（万元）" is "总投资 (万元)".
 */
final class Headers {
    /** One column. */
    record Column(String key, String header, String field, boolean required, List<String> aliases) {
    }

    private final Map<String, Column> byKey = new LinkedHashMap<>();

    Headers add(String key, String header, String field, boolean required, String... aliases) {
        byKey.put(key, new Column(key, header, field, required, List.of(aliases)));
        return this;
    }

    /** The header text reduced to what matters: no spaces, parentheses half-width, letters in lower case. */
    static String normal(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char ch : header.toCharArray()) {
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '*' || ch == '＊') {
                continue;
            }
            b.append(switch (ch) {
                case '（' -> '(';
                case '）' -> ')';
                default -> ch;
            });
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Normalised header (and alias) → column key. */
    Map<String, String> lookup() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : byKey.values()) {
            out.put(normal(c.header()), c.key());
            c.aliases().forEach(a -> out.putIfAbsent(normal(a), c.key()));
        }
        return out;
    }

    List<String> required() {
        List<String> out = new ArrayList<>();
        byKey.values().stream().filter(Column::required).forEach(c -> out.add(c.key()));
        return out;
    }

    /** Column key → the template's header. */
    Map<String, String> templateHeaders() {
        Map<String, String> out = new LinkedHashMap<>();
        byKey.values().forEach(c -> out.put(c.key(), c.header()));
        return out;
    }

    Column column(String key) {
        return byKey.get(key);
    }

    List<Column> columns() {
        return List.copyOf(byKey.values());
    }

    ImportSheet read(java.nio.file.Path file) {
        return ImportSheet.read(file, lookup(), required(), templateHeaders());
    }
}
