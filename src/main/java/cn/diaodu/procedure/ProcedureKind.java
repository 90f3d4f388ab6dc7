package cn.diaodu.procedure;

import java.util.Locale;

/** A kind of preliminary procedure of the catalogue (立项, 规划选址, …), in the catalogue's order. */
public record ProcedureKind(String code, String nameZh, String nameEn, int sortOrder) {

    /** The name in the language of the locale (English for en, else Chinese). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** The name in the language of the running request. */
    public String name() {
        return name(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
