package cn.diaodu.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts thrown by services (field errors, conflicts, not found, forbidden) are message keys with arguments,
 * resolved here in one language: the page's (cookie / {@code ?lang=}) or, for the API, {@code Accept-Language}
 * ({@link ApiLocale}). A text that is not a key is shown as it is; an unconverted "中文 / English" pair shows the half
 * of the language.
 */
@Component
public class Messages {
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_-]*(\\.[a-zA-Z0-9_-]+)+");
    private static volatile MessageSource source;

    Messages(MessageSource messageSource) {
        source = messageSource;
    }

    /** zh-CN unless the language is English. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The text of a key (or a plain text) in the locale of the running request; Chinese outside one. */
    /** The text of a key (or a plain text) without arguments, in the locale of the running request. */
    public static String text(String keyOrText) {
        return text(keyOrText, null);
    }

    public static String text(String keyOrText, List<?> args) {
        LocaleContext c = LocaleContextHolder.getLocaleContext();
        return text(keyOrText, args, c == null ? null : c.getLocale());
    }

    public static String text(String keyOrText, List<?> args, Locale locale) {
        if (keyOrText == null) {
            return "";
        }
        Locale l = supported(locale);
        if (isKey(keyOrText)) {
            Object[] a = args == null ? null : args.toArray();
            return source().getMessage(keyOrText, a, keyOrText, l);
        }
        return Bilingual.part(keyOrText, l);
    }

    public static boolean isKey(String text) {
        return text != null && KEY.matcher(text).matches();
    }

    private static MessageSource source() {
        MessageSource s = source;
        if (s == null) {
            s = standalone();
            source = s;
        }
        return s;
    }

    /** Outside the application (unit tests): the bundles named in application.properties. */
    private static MessageSource standalone() {
        ResourceBundleMessageSource s = new ResourceBundleMessageSource();
        s.setDefaultEncoding("UTF-8");
        s.setFallbackToSystemLocale(false);
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the key itself is shown
        }
        s.setBasenames(p.getProperty("spring.messages.basename", "messages").split(","));
        return s;
    }
}
