package cn.diaodu.common;

import java.util.Locale;

/** The services' messages read "中文 / English"; a page shows the part for its language. */
public final class Bilingual {
    private Bilingual() {
    }

    /** The Chinese part, or the English one for an English page; a message without " / " as it is. */
    public static String part(String message, Locale locale) {
        if (message == null) {
            return "";
        }
        int i = message.indexOf(" / ");
        if (i < 0) {
            return message;
        }
        return "en".equals(locale.getLanguage()) ? message.substring(i + 3) : message.substring(0, i);
    }
}
