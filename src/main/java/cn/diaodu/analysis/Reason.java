package cn.diaodu.analysis;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One reason of a project's warning as a message key of {@code messages-figures} with its arguments, so that a page
 * and the API say it in the reader's language (docs/figures.md §0, §1).
 */
public record Reason(String key, List<String> args) {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Reason {
        args = List.copyOf(args);
    }

    /** The arguments as an array, for {@code #messages.msgWithParams}. */
    public Object[] argArray() {
        return args.toArray();
    }

    /** The reason's words in a locale (English for any English locale, else Chinese). */
    public String text(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new java.text.MessageFormat(pattern, locale).format(argArray());
    }

    /** The reasons' words in a locale. */
    public static List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> r.text(locale)).toList();
    }

    /** English for a locale whose language is English, Chinese otherwise (CONTRACT: Chinese by default). */
    static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale l = language(locale);
        return ResourceBundle.getBundle("messages-figures", Locale.ENGLISH.equals(l) ? Locale.ENGLISH : Locale.ROOT,
                NO_FALLBACK);
    }
}
