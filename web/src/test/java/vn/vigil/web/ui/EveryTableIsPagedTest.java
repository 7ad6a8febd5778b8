package vn.vigil.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table of every page is paged on the server (a lazy p:dataTable), or named in {@link FixedSizeTables} with why
 * it stays small: a new table that renders a growing list whole fails here before it fails on the national data set.
 */
class EveryTableIsPagedTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern TABLE =
            Pattern.compile("<(p:dataTable|h:dataTable|ui:repeat|c:forEach)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\b(?:value|items)=\"([^\"]*)\"");

    @Test
    void everyTableIsLazyOrNamedAsFixedInSize() throws IOException {
        List<String> unpaged = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                String page = PAGES.relativize(file).toString().replace('\\', '/');
                Matcher table = TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (table.find()) {
                    String attributes = table.group(2);
                    if (attributes.contains("lazy=\"true\"")) {
                        continue;
                    }
                    Matcher id = ID.matcher(attributes);
                    Matcher value = VALUE.matcher(attributes);
                    String name;
                    if (table.group(1).equals("p:dataTable") && id.find()) {
                        name = id.group(1);
                    } else {
                        name = value.find() ? value.group(1) : "?";
                    }
                    String key = page + "|" + name;
                    found.add(key);
                    if (!FixedSizeTables.NAMED.containsKey(key)) {
                        unpaged.add(key);
                    }
                }
            }
        }
        assertThat(unpaged)
                .as("tables rendered whole: page them (lazy over a page query) or name them in FixedSizeTables")
                .isEmpty();
        assertThat(FixedSizeTables.NAMED.keySet())
                .as("tables named as fixed in size that no page has any more")
                .allSatisfy(key -> assertThat(found).contains(key));
    }

    @Test
    void theTablesThatGrowOnTheNationalDataSetArePaged() throws IOException {
        for (String page : List.of("inspection/teams.xhtml", "inspection/visits.xhtml", "inspection/plan.xhtml")) {
            String markup = Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8);
            assertThat(markup).as(page).contains("lazy=\"true\"");
        }
    }
}
