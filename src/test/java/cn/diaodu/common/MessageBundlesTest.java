package cn.diaodu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message bundle exists in Chinese (the default) and English with the same keys, none of them empty, and every
 * bundle is named in {@code spring.messages.basename}: a text added to one language only would show its key.
 */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        List<String> bases = bases();
        assertThat(bases).contains("messages", "messages-audit", "messages-identity");
        for (String base : bases) {
            Properties zh = load(base + ".properties");
            Properties en = load(base + "_en.properties");
            assertThat(keys(en)).as("keys of %s_en against %s", base, base).isEqualTo(keys(zh));
            for (Properties p : List.of(zh, en)) {
                p.forEach((k, v) -> assertThat(v.toString().trim()).as("%s in %s", k, base).isNotEmpty());
            }
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties app = load("application.properties");
        Set<String> configured = new TreeSet<>(List.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*")));
        assertThat(configured).containsAll(bases());
    }

    private static List<String> bases() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("messages") && n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
