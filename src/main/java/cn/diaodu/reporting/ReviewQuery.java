package cn.diaodu.reporting;

import cn.diaodu.common.ListPage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import cn.diaodu.common.Period;

/**
 * The filters of the review page (month, status, unit, keyword, page and size) as typed; the forms of the page send
 * them back so that an action returns to the same view.
 */
record ReviewQuery(String period, String status, Long unitId, String q, String page, String size) {

    static ReviewQuery of(Map<String, String> params) {
        String status = params.getOrDefault("status", "SUBMITTED");
        return new ReviewQuery(params.get("period"), ReviewQueue.STATUSES.contains(status) ? status : "SUBMITTED",
                ListPage.filterId(params.get("unitId")), blankToNull(params.get("q")), blankToNull(params.get("page")),
                blankToNull(params.get("size")));
    }

    /** The month asked for, or {@code fallback} when none or not a month. */
    Period periodOr(Period fallback) {
        return period != null && period.matches("\\d{4}-\\d{2}") ? Period.parse(period, "period") : fallback;
    }

    ReviewQuery withPeriod(Period p) {
        return new ReviewQuery(p.toString(), status, unitId, q, page, size);
    }

    /** The filters for the page links ({@link cn.diaodu.common.ListPage} adds page and size). */
    Map<String, String> filters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("period", period);
        m.put("status", status);
        m.put("unitId", unitId == null ? null : unitId.toString());
        m.put("q", q);
        return m;
    }

    /** The redirect back to the same view. */
    String redirect() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/review");
        filters().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        if (page != null) {
            b.queryParam("page", page);
        }
        if (size != null) {
            b.queryParam("size", size);
        }
        return "redirect:" + b.encode().build().toUriString();
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
