package cn.diaodu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One language at a time (issue 11 point 7): no "中文 / English" literal is left in the sources, and every message key
 * a template ({@code #{key}}, {@code #{key(args)}}) or an error thrown from the services names exists in both the
 * Chinese and the English bundles (as spring-petclinic's I18nPropertiesSyncTest; {@link MessageBundlesTest} checks
 * that the two have the same keys).
 */
class OneLanguageSourceTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** A string literal holding Chinese, " / " and more: the joined pair of languages. */
    private static final Pattern PAIR = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*[\\u4e00-\\u9fff](?:[^\"\\\\\\n]|\\\\.)* / "
            + "(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    /** A key-like literal given to an error type or resolved by {@link Messages}. */
    private static final Pattern ERROR_KEY = Pattern.compile("(?:ValidationException\\.of|new FieldError|FieldError\\.of"
            + "|new ConflictException|new NotFoundException|new ForbiddenException|Messages\\.text|fileError|refusedAt"
            + "|p\\.error)\\((?:[^;]*?,\\s*)?\"([a-z][a-zA-Z0-9_-]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    /** Any literal of the converted form module.error.name. */
    private static final Pattern ANY_ERROR_KEY = Pattern.compile("\"([a-z]+\\.error\\.[a-z0-9.-]+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)\\s*[}(]");

    @Test
    void noChineseEnglishPairIsLeftInTheSources() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files(JAVA, ".java")) {
            String rel = JAVA.relativize(f).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String code = withoutComment(lines.get(i));
                Matcher m = PAIR.matcher(code);
                while (m.find()) {
                    String english = m.group().substring(m.group().indexOf(" / ") + 3);
                    if (!CJK.matcher(english).find()) {
                        found.add(rel + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("literals joining two languages; run /work/tools/i18n_convert.py").isEmpty();
    }

    /** A page controller's flash or model text that is a Chinese literal, not a message key. */
    private static final Pattern PAGE_TEXT = Pattern.compile("add(?:Flash)?Attribute\\(\"[a-zA-Z]+\",\\s*\"[^\"]*[\\u4e00-\\u9fff]");

    @Test
    void pageControllersShowNoChineseLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files(JAVA, "Pages.java")) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (PAGE_TEXT.matcher(withoutComment(lines.get(i))).find()) {
                    found.add(JAVA.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(PAGE_TEXT.matcher("flash.addFlashAttribute(\"flash\", \"已保存\");").find()).isTrue();
        assertThat(PAGE_TEXT.matcher("flash.addFlashAttribute(\"flash\", Messages.text(\"x.saved\"));").find())
                .isFalse();
        assertThat(found).as("flash and model texts are message keys in the user's language").isEmpty();
    }

    @Test
    void theScanFindsAPair() {
        assertThat(PAIR.matcher("throw new ConflictException(\"已关闭 / closed\");").find()).isTrue();
        assertThat(PAIR.matcher("throw new ConflictException(\"reporting.error.closed\");").find()).isFalse();
        // two Chinese headers are not a pair of languages
        Matcher headers = PAIR.matcher("cell(\"项目编号 / 牵头单位\")");
        assertThat(headers.find()).isTrue();
        assertThat(CJK.matcher(headers.group().substring(headers.group().indexOf(" / ") + 3)).find()).isTrue();
        Matcher m = ERROR_KEY.matcher("errors.add(new FieldError(prefix + \"x\", \"project.error.required\"));");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("project.error.required");
        Matcher t = TEMPLATE_KEY.matcher("<th th:text=\"#{report.grid.title(${n})}\">");
        assertThat(t.find()).isTrue();
        assertThat(t.group(1)).isEqualTo("report.grid.title");
    }

    @Test
    void everyKeyOfTheTemplatesAndTheErrorsExistsInBothLanguages() throws IOException {
        Properties zh = new Properties();
        Properties en = new Properties();
        for (String base : bases()) {
            load(zh, base + ".properties");
            load(en, base + "_en.properties");
        }
        Set<String> used = new TreeSet<>();
        for (Path f : files(TEMPLATES, ".html")) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                used.add(m.group(1) + " (" + TEMPLATES.relativize(f) + ")");
            }
        }
        for (Path f : files(JAVA, ".java")) {
            String src = Files.readString(f, StandardCharsets.UTF_8);
            for (Pattern p : List.of(ERROR_KEY, ANY_ERROR_KEY)) {
                Matcher m = p.matcher(src);
                while (m.find()) {
                    used.add(m.group(1) + " (" + JAVA.relativize(f) + ")");
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(300);
        List<String> missing = new ArrayList<>();
        for (String u : used) {
            String key = u.substring(0, u.indexOf(' '));
            if (!zh.containsKey(key)) {
                missing.add("zh: " + u);
            }
            if (!en.containsKey(key)) {
                missing.add("en: " + u);
            }
        }
        assertThat(missing).as("message keys without a text").isEmpty();
    }

    private static String withoutComment(String line) {
        String t = line.strip();
        return t.startsWith("*") || t.startsWith("/*") || t.startsWith("//") ? "" : line;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> bases() throws IOException {
        Properties app = new Properties();
        load(app, "application.properties");
        return List.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*"));
    }

    private static void load(Properties into, String name) throws IOException {
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
