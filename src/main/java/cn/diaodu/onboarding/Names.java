package cn.diaodu.onboarding;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Things looked up by their name, read once for a whole file (a 230-row list asks the database nothing per row):
 * the name compared without spaces and with both kinds of parentheses alike; a name held by several is ambiguous.
 */
final class Names<T> {
    private final Map<String, List<T>> byName = new LinkedHashMap<>();

    Names(Collection<T> all, Function<T, String> name) {
        for (T t : all) {
            byName.computeIfAbsent(Headers.normal(name.apply(t)), k -> new java.util.ArrayList<>()).add(t);
        }
    }

    /** Every one holding the name (empty: unknown, more than one: ambiguous). */
    List<T> find(String name) {
        return byName.getOrDefault(Headers.normal(name), List.of());
    }

    /** The list items of a cell: names separated by 、，, ; or ；. */
    static List<String> split(String text) {
        return java.util.Arrays.stream(text.split("[、，,;；\\n]+")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }
}
