package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a demo account can reach by following links from its home page (two clicks deep, the demo data in
 * place) opens: the menu offers no page the role is refused, and no page breaks while it renders its data (a page
 * that fails half-way is cut off before its closing tag).
 */
class EveryPageIT {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*?\\.xhtml(?:\\?[^\"]*)?)\"");
    private static final int DEPTH = 2;
    private static final int MOST_PAGES = 80;

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void everyLinkedPageOpensWhole(DemoAccount account) {
        crawl(account.username);
    }

    /** The standing office and the focal points of a department and of a commune (the directives' roles). */
    @ParameterizedTest
    @ValueSource(strings = {"vanphong", "daumoi.tranbien"})
    void everyLinkedPageOfTheDirectivesRolesOpensWhole(String username) {
        crawl(username);
    }

    private static void crawl(String username) {
        WebSession session = WebSession.signedInAs(username);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/index.xhtml", "0"});
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MOST_PAGES) {
            String[] next = queue.poll();
            String page = next[0];
            if (page.startsWith("/jakarta.faces.resource/")
                    || page.startsWith("/login")
                    || !seen.add(withoutParameters(page))) {
                continue;
            }
            HttpResponse<String> response = session.get(page);
            String body = response.body();
            if (response.statusCode() != 200 || !body.stripTrailing().endsWith("</html>")) {
                broken.add(page + " → " + response.statusCode());
                continue;
            }
            int depth = Integer.parseInt(next[1]);
            if (depth < DEPTH) {
                Matcher links = LINK.matcher(body);
                while (links.find()) {
                    queue.add(new String[] {links.group(1).replace("&amp;", "&"), Integer.toString(depth + 1)});
                }
            }
        }

        assertThat(broken)
                .as("pages %s reached that did not open whole", username)
                .isEmpty();
        assertThat(seen.size()).as("pages reached by %s", username).isGreaterThan(1);
    }

    private static String withoutParameters(String page) {
        int query = page.indexOf('?');
        return query < 0 ? page : page.substring(0, query);
    }
}
