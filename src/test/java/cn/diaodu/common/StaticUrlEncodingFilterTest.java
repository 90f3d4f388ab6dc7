package cn.diaodu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Page links are left alone; a static resource's link goes through the resource chain once and keeps its query
 * (issue 11, point 8).
 */
class StaticUrlEncodingFilterTest {

    @Test
    void onlyStaticLinksAreResolvedAndEachOnce() {
        ResourceUrlProvider urls = mock(ResourceUrlProvider.class);
        when(urls.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .thenReturn("/webjars/bootstrap/5.3.3/css/bootstrap.min.css");
        when(urls.getForLookupPath("/css/diaodu.css")).thenReturn("/css/diaodu.css");
        WebConfig.StaticUrlEncodingFilter f = new WebConfig.StaticUrlEncodingFilter(urls);

        assertThat(f.resolve("", "/dashboard?month=2026-11")).isEqualTo("/dashboard?month=2026-11");
        assertThat(f.resolve("", "/projects/12")).isEqualTo("/projects/12");
        assertThat(f.resolve("", "/cssx/a")).isEqualTo("/cssx/a");
        verify(urls, never()).getForLookupPath(anyString());

        for (int i = 0; i < 3; i++) {
            assertThat(f.resolve("", "/webjars/bootstrap/css/bootstrap.min.css"))
                    .isEqualTo("/webjars/bootstrap/5.3.3/css/bootstrap.min.css");
        }
        verify(urls, times(1)).getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css");
        assertThat(f.resolve("", "/css/diaodu.css?v=2#x")).isEqualTo("/css/diaodu.css?v=2#x");
        assertThat(f.resolve("/app", "/app/css/diaodu.css")).isEqualTo("/app/css/diaodu.css");
        assertThat(f.resolve("/app", "/app/projects")).isEqualTo("/app/projects");
        assertThat(f.resolve("", "/js/missing.js")).as("not found: as it is").isEqualTo("/js/missing.js");
    }
}
