package cn.diaodu.common;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: on {@code /api/} the {@code Accept-Language} header (English for en*, Chinese when absent
 * or unsupported), so that the API's error messages follow it; on pages the cookie / {@code ?lang=} choice as before.
 */
public final class ApiLocale implements LocaleResolver {
    private final LocaleResolver pages;

    ApiLocale(LocaleResolver pages) {
        this.pages = pages;
    }

    /** English when the first supported language of the header is English; otherwise zh-CN. */
    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        for (Locale.LanguageRange r : ranges) {
            String tag = r.getRange().toLowerCase(Locale.ROOT);
            if (r.getWeight() <= 0) {
                continue;
            }
            if (tag.equals("en") || tag.startsWith("en-")) {
                return Locale.ENGLISH;
            }
            if (tag.equals("zh") || tag.startsWith("zh-")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isApi(request) ? of(request) : pages.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        pages.setLocale(request, response, locale);
    }
}
