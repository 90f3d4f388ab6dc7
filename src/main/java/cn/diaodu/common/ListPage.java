package cn.diaodu.common;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of an already-scoped, already-filtered list, with the links a page needs: sort by a column (clicking the
 * same column again reverses it), another page, another page size, each keeping the other parameters (filters).
 * Paging is in memory over the list the service returned (the services already scope and filter in SQL or over the
 * user's projects); the export uses {@link #all()} so that it shows exactly what the list shows, on all pages.
 */
public final class ListPage<T> {
    public static final int DEFAULT_SIZE = 20;
    public static final List<Integer> SIZES = List.of(20, 50, 100);

    private final String path;
    private final Map<String, String> params;
    private final List<T> all;
    private final String sort;
    private final boolean desc;
    private final int page;
    private final int size;

    private ListPage(String path, Map<String, String> params, List<T> all, String sort, boolean desc, int page,
            int size) {
        this.path = path;
        this.params = params;
        this.all = all;
        this.sort = sort;
        this.desc = desc;
        this.size = size;
        int pages = Math.max(1, (all.size() + size - 1) / size);
        this.page = Math.min(Math.max(1, page), pages);
    }

    /**
     * @param filters the filter parameters as typed (blank ones are left out of the links)
     * @param sorts the sortable columns by name; an unknown sort falls back to the list's own order
     */
    public static <T> ListPage<T> of(String path, Map<String, String> filters, List<T> items,
            Map<String, Comparator<T>> sorts, String sort, String dir, String page, String size) {
        Comparator<T> by = sort == null ? null : sorts.get(sort);
        boolean desc = "desc".equalsIgnoreCase(dir);
        List<T> ordered = items;
        if (by != null) {
            ordered = items.stream().sorted(desc ? by.reversed() : by).toList();
        }
        Map<String, String> kept = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        int s = number(size, DEFAULT_SIZE);
        if (!SIZES.contains(s)) {
            s = DEFAULT_SIZE;
        }
        return new ListPage<>(path, kept, ordered, by == null ? null : sort, by != null && desc, number(page, 1), s);
    }

    /** A list filter's id as typed: null when blank or not a number (the list is then not filtered by it). */
    public static Long filterId(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String s, int fallback) {
        try {
            return s == null || s.isBlank() ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The rows of this page. */
    public List<T> items() {
        int from = (page - 1) * size;
        return all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
    }

    /** Every row, filtered and sorted as shown (for the export). */
    public List<T> all() {
        return all;
    }

    public int total() {
        return all.size();
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int pages() {
        return Math.max(1, (all.size() + size - 1) / size);
    }

    public List<Integer> sizes() {
        return SIZES;
    }

    public String sort() {
        return sort;
    }

    public boolean desc() {
        return desc;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The page numbers to link: the first, the last and two either side of this one; 0 marks a gap. */
    public List<Integer> links() {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        int last = pages();
        for (int i = 1; i <= last; i++) {
            if (i == 1 || i == last || Math.abs(i - page) <= 2) {
                out.add(i);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }

    /** A link to another page, keeping the filters, the sort and the size. */
    public String pageUrl(int p) {
        return url(sort, desc, p, size);
    }

    /** A link to the first page sorted by the column; the current column again reverses the order. */
    public String sortUrl(String column) {
        boolean d = column.equals(sort) && !desc;
        return url(column, d, 1, size);
    }

    /** "asc", "desc" or "" for a column header's indicator (and aria-sort). */
    public String sortState(String column) {
        return column.equals(sort) ? (desc ? "desc" : "asc") : "";
    }

    public String sizeUrl(int s) {
        return url(sort, desc, 1, s);
    }

    /** The same filters and sort on another path (the export). */
    public String withPath(String other) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(other);
        params.forEach(b::queryParam);
        if (sort != null) {
            b.queryParam("sort", sort).queryParam("dir", desc ? "desc" : "asc");
        }
        return b.encode().build().toUriString();
    }

    private String url(String s, boolean d, int p, int sz) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach(b::queryParam);
        if (s != null) {
            b.queryParam("sort", s).queryParam("dir", d ? "desc" : "asc");
        }
        if (p > 1) {
            b.queryParam("page", p);
        }
        if (sz != DEFAULT_SIZE) {
            b.queryParam("size", sz);
        }
        return b.encode().build().toUriString();
    }
}
