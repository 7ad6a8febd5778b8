package vn.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vigil.core.api.Role;
import vn.vigil.web.i18n.Bundles;
import vn.vigil.web.i18n.MergedMessages;

/** Every UI text exists in Vietnamese and English, and every text a page asks for exists. */
class BundleCompletenessTest {

    private static final Path BUNDLES = Paths.get("src/main/resources/vn/vigil/web/i18n");
    private static final Path WEBAPP = Paths.get("src/main/webapp");
    private static final List<String> LANGUAGES = List.of("vi", "en");
    /** {@code #{msg['key']}} or {@code #{msg["key"]}} with a literal key; computed keys are not matched. */
    private static final Pattern MSG_KEY = Pattern.compile("msg\\[\\s*(['\"])([^'\"]+)\\1\\s*]");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    static Stream<String> families() {
        return Stream.concat(MergedMessages.PARTS.stream(), Stream.of("faces"));
    }

    @ParameterizedTest
    @MethodSource("families")
    void vietnameseAndEnglishHaveTheSameKeys(String family) throws IOException {
        Properties vi = load(family, "vi");
        Properties en = load(family, "en");

        assertThat(new TreeSet<>(en.stringPropertyNames()))
                .as("keys of %s_en compared with %s_vi", family, family)
                .containsExactlyElementsOf(new TreeSet<>(vi.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("families")
    void noTextIsEmpty(String family) throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = load(family, language);
            assertThat(texts.stringPropertyNames())
                    .as("keys with an empty text in %s_%s", family, language)
                    .filteredOn(key -> texts.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    /** In a MessageFormat pattern a lone apostrophe swallows what follows, placeholders included. */
    @ParameterizedTest
    @MethodSource("families")
    void textsWithPlaceholdersDoubleTheirApostrophes(String family) throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = load(family, language);
            assertThat(texts.stringPropertyNames())
                    .as("texts with placeholders and a lone apostrophe in %s_%s", family, language)
                    .filteredOn(key -> {
                        String text = texts.getProperty(key);
                        return PLACEHOLDER.matcher(text).find()
                                && text.replace("''", "").contains("'");
                    })
                    .isEmpty();
        }
    }

    /** The merged bundle answers with the first family holding a key, so a key in two families hides one text. */
    @Test
    void noKeyIsDefinedInTwoFamilies() throws IOException {
        Map<String, List<String>> familiesByKey = new TreeMap<>();
        for (String family : MergedMessages.PARTS) {
            for (String key : load(family, "vi").stringPropertyNames()) {
                familiesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(family);
            }
        }
        familiesByKey.values().removeIf(families -> families.size() == 1);

        assertThat(familiesByKey).as("keys defined in more than one family").isEmpty();
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Map<String, Set<String>> usedKeys = keysUsedInPages();
        assertThat(usedKeys).as("pages found under %s", WEBAPP.toAbsolutePath()).isNotEmpty();

        for (String language : LANGUAGES) {
            ResourceBundle msg = merged(language);
            Map<String, Set<String>> missing = new TreeMap<>();
            usedKeys.forEach((page, keys) -> keys.stream()
                    .filter(key -> !msg.containsKey(key))
                    .forEach(key ->
                            missing.computeIfAbsent(page, p -> new TreeSet<>()).add(key)));
            assertThat(missing)
                    .as("keys missing from the %s bundle, by page", language)
                    .isEmpty();
        }
    }

    @Test
    void everyRoleHasAName() {
        for (String language : LANGUAGES) {
            ResourceBundle msg = merged(language);
            for (Role role : Role.values()) {
                assertThat(msg.containsKey("role." + role.name()))
                        .as("role.%s in the %s bundle", role.name(), language)
                        .isTrue();
            }
        }
    }

    @Test
    void theMergedBundleSpeaksTheAskedLanguage() {
        assertThat(merged("vi").getString("login.title")).isEqualTo("Đăng nhập");
        assertThat(merged("en").getString("login.title")).isEqualTo("Sign in");
    }

    private static ResourceBundle merged(String language) {
        return ResourceBundle.getBundle(Bundles.BASE, Locale.forLanguageTag(language));
    }

    private static Properties load(String family, String language) throws IOException {
        Path file = BUNDLES.resolve(family + "_" + language + ".properties");
        assertThat(file).as("bundle file").exists();
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    private static Map<String, Set<String>> keysUsedInPages() throws IOException {
        Map<String, Set<String>> keysByPage = new HashMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = MSG_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                Set<String> keys = new TreeSet<>();
                while (m.find()) {
                    keys.add(m.group(2));
                }
                keysByPage.put(WEBAPP.relativize(page).toString(), keys);
            }
        }
        return keysByPage;
    }
}
