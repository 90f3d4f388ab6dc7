package cn.diaodu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The shared paging/sorting helper: pages of 20 by default, sorting both ways, links that keep the filters. */
class ListPageTest {
    private static final Map<String, Comparator<Integer>> SORTS = Map.of("n", Comparator.naturalOrder());
    private static final List<Integer> ITEMS = IntStream.rangeClosed(1, 45).boxed().toList();

    private static Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("q", "青岚");
        f.put("status", "");
        return f;
    }

    @Test
    void pagesOfTwentyByDefaultWithTheTotal() {
        ListPage<Integer> p = ListPage.of("/x", filters(), ITEMS, SORTS, null, null, null, null);
        assertThat(p.total()).isEqualTo(45);
        assertThat(p.pages()).isEqualTo(3);
        assertThat(p.items()).hasSize(20).startsWith(1);
        ListPage<Integer> last = ListPage.of("/x", filters(), ITEMS, SORTS, null, null, "3", null);
        assertThat(last.items()).containsExactly(41, 42, 43, 44, 45);
        ListPage<Integer> beyond = ListPage.of("/x", filters(), ITEMS, SORTS, null, null, "99", "abc");
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(ListPage.of("/x", filters(), ITEMS, SORTS, null, null, null, "50").items()).hasSize(45);
        assertThat(ListPage.of("/x", filters(), ITEMS, SORTS, null, null, null, "7").size()).isEqualTo(20);
    }

    @Test
    void sortsBothWaysAndTheSameColumnReverses() {
        ListPage<Integer> desc = ListPage.of("/x", filters(), ITEMS, SORTS, "n", "desc", null, null);
        assertThat(desc.items()).startsWith(45, 44);
        assertThat(desc.all()).hasSize(45).endsWith(1);
        assertThat(desc.sortUrl("n")).contains("dir=asc");
        ListPage<Integer> unknown = ListPage.of("/x", filters(), ITEMS, SORTS, "nope", "desc", null, null);
        assertThat(unknown.items()).startsWith(1);
        assertThat(unknown.sort()).isNull();
    }

    @Test
    void linksKeepFiltersSortAndSizeAndDropBlankFilters() {
        ListPage<Integer> p = ListPage.of("/x", filters(), ITEMS, SORTS, "n", "desc", "2", "20");
        String url = p.pageUrl(3);
        assertThat(url).startsWith("/x?").contains("q=%E9%9D%92%E5%B2%9A").contains("sort=n").contains("dir=desc")
                .contains("page=3").doesNotContain("status=");
        assertThat(p.sizeUrl(50)).contains("size=50").doesNotContain("page=");
        assertThat(p.withPath("/x/export.xlsx")).contains("q=").contains("sort=n");
        assertThat(p.links()).containsExactly(1, 2, 3);
    }
}
