package org.shuangsheng;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label exists in Chinese and in English, and every key a template names exists. */
class MessageBundlesTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The Chinese (default) bundles of every module, by name. */
    static List<Path> chineseBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".properties") && !f.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    /** Every key of every module's Chinese bundle. */
    static Properties allChineseMessages() throws IOException {
        Properties all = new Properties();
        for (Path bundle : chineseBundles()) {
            all.putAll(load(bundle));
        }
        return all;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(chineseBundles()).isNotEmpty();
        for (Path chineseFile : chineseBundles()) {
            Path englishFile = chineseFile.resolveSibling(chineseFile.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(englishFile).as("English bundle beside " + chineseFile).exists();
            Set<String> chinese = new TreeSet<>(load(chineseFile).stringPropertyNames());
            Set<String> english = new TreeSet<>(load(englishFile).stringPropertyNames());
            assertThat(english).as("keys missing in " + englishFile).containsAll(chinese);
            assertThat(chinese).as("keys missing in " + chineseFile).containsAll(english);
        }
    }

    @Test
    void noMessageIsEmptyAndNoKeyIsInTwoModules() throws IOException {
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties properties = load(bundle);
                assertThat(properties.stringPropertyNames()).as(bundle.toString())
                        .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
                if (!bundle.getFileName().toString().contains("_")) {
                    for (String key : properties.stringPropertyNames()) {
                        assertThat(seen.add(key)).as("key " + key + " is defined twice").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyLiteralKeyInTemplatesExists() throws IOException {
        Properties chinese = allChineseMessages();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)(\\(|\\})");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!chinese.containsKey(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageKeyInJavaCodeExists() throws IOException {
        Properties chinese = allChineseMessages();
        Pattern literal = Pattern.compile("\"((?:region|problem|invalid|table|nav|role|identity|login|audit|user|password|account|import|population|totp|reveal|alert|quarantine|screening|retention|enterprise)\\.[A-Za-z][\\w.]*)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // Keys built by appending a value (e.g. "region.kind." + kind) end with a dot.
                    if (!key.endsWith(".") && !chinese.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
