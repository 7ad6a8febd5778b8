package vn.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fixed navigation outcome in the pages names an existing page. Faces resolves outcomes while rendering, so
 * one menu entry pointing nowhere breaks every page that shows the menu.
 */
class PageLinksTest {

    private static final Path WEBAPP = Paths.get("src/main/webapp");
    private static final Pattern OUTCOME = Pattern.compile("\\boutcome=\"(/[^\"#{?]+)[^\"]*\"");

    @Test
    void everyOutcomeNamesAnExistingPage() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        int outcomes = 0;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = OUTCOME.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    outcomes++;
                    String outcome = m.group(1);
                    String view = outcome.endsWith(".xhtml") ? outcome : outcome + ".xhtml";
                    if (!Files.isRegularFile(WEBAPP.resolve(view.substring(1)))) {
                        missing.computeIfAbsent(WEBAPP.relativize(page).toString(), p -> new TreeSet<>())
                                .add(outcome);
                    }
                }
            }
        }

        assertThat(outcomes)
                .as("outcomes found under %s", WEBAPP.toAbsolutePath())
                .isPositive();
        assertThat(missing).as("outcomes without a page, by page").isEmpty();
    }
}
