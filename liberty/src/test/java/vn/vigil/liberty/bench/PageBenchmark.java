package vn.vigil.liberty.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Chromium page benchmark (issue "Pages at national scale", item 4): every page of every role, opened in a real
 * headless Chromium against a running Vigil (normally on the national data set), with the wall time until the page
 * is ready, the size of its HTML and the number of its elements. Not a test: surefire and failsafe never run it
 * (the class name ends in neither Test nor IT); {@code bench/pages.sh} does.
 *
 * <p>For each demo account (one per role, as in {@code DemoAccount}) it signs in once through the login page, then
 * takes the pages that role can open from the page itself: the home page, every link of the top bar (its menu and the
 * account button), then the pages reached by the first link to each page not seen yet in the content of those pages
 * (one establishment, one plan, one visit, one case...), and so on {@code bench.depth} links deep. Each page is loaded
 * {@code bench.warmup} times unmeasured, then {@code bench.runs} times measured:
 *
 * <ul>
 *   <li>ready: wall time from the start of {@code driver.get} until the document is complete and no jQuery or
 *       PrimeFaces Ajax request is queued or running and no deferred panel still shows its loading mark (deferred
 *       panels load by Ajax after the page's load event);
 *   <li>HTML: the decoded body of the navigation as served ({@code decodedBodySize} of the navigation entry; the page
 *       source in UTF-8 when the browser does not tell), and the bodies the page fetched by Ajax until ready;
 *   <li>elements: {@code document.getElementsByTagName('*').length} once ready.
 * </ul>
 *
 * <p>System properties (all optional): {@code bench.base} (http://localhost:9080), {@code bench.runs} (5),
 * {@code bench.warmup} (1), {@code bench.roles} (comma list of roles or usernames, e.g. {@code inspector,admin};
 * all by default), {@code bench.filter} (only pages whose path holds this text), {@code bench.extra} (comma list of
 * paths opened for every role besides what the pages link to, e.g. a dashboard not in the menu yet), {@code
 * bench.depth} (2), {@code bench.timeout} (seconds a page may take, 60), {@code bench.password} (Vigil@2026),
 * {@code bench.out} (a Markdown file to write besides stdout; also the first argument).
 */
public final class PageBenchmark {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

    /** Target per page: the HTML as served and the wall time until ready (headless Chromium, two cores). */
    private static final long MOST_BYTES = 300 * 1024;

    private static final long MOST_MILLIS = 1000;

    /** The demo accounts of the demo data, one per role (DemoAccount of the tests), in the order of the report. */
    private static final Map<String, String> ACCOUNTS = accounts();

    private static Map<String, String> accounts() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("inspector", "inspector");
        accounts.put("team lead", "teamlead");
        accounts.put("legal officer", "legal");
        accounts.put("case worker", "caseworker");
        accounts.put("finance officer", "finance");
        accounts.put("committee", "committee");
        accounts.put("admin", "admin");
        accounts.put("standing office", "vanphong");
        accounts.put("focal point (department)", "daumoi.syt");
        accounts.put("focal point (commune)", "daumoi.tranbien");
        return accounts;
    }

    /**
     * Ready: the document complete, no jQuery request running, nothing in the PrimeFaces Ajax queue and no deferred
     * p:outputPanel still showing its loading mark. Polled inside the page every 10 ms, so that one WebDriver call
     * waits for it.
     */
    private static final String AWAIT_READY = """
            var done = arguments[arguments.length - 1];
            function ready() {
              return document.readyState === 'complete'
                && (!window.jQuery || jQuery.active === 0)
                && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                && !document.querySelector('.ui-outputpanel-loading');
            }
            (function poll() { if (ready()) { done(true); } else { setTimeout(poll, 10); } })();
            """;

    private static final String MEASURES = """
            var nav = performance.getEntriesByType('navigation')[0];
            var ajax = 0;
            performance.getEntriesByType('resource').forEach(function (r) {
              if (r.initiatorType === 'xmlhttprequest' || r.initiatorType === 'fetch') { ajax += r.decodedBodySize || 0; }
            });
            return {
              html: nav ? nav.decodedBodySize : -1,
              status: nav && nav.responseStatus !== undefined ? nav.responseStatus : -1,
              ajax: ajax,
              elements: document.getElementsByTagName('*').length,
              path: location.pathname,
              whole: !!document.querySelector('body > footer')
            };
            """;

    /** Links to pages inside the application, as absolute paths with their parameters. */
    private static final String LINKS = """
            var scope = arguments[0] ? document.querySelectorAll(arguments[0]) : [document];
            var out = [];
            scope.forEach(function (root) {
              root.querySelectorAll('a[href]').forEach(function (a) {
                var u;
                try { u = new URL(a.getAttribute('href'), location.href); } catch (e) { return; }
                if (u.origin === location.origin && /\\.xhtml$/.test(u.pathname)) { out.push(u.pathname + u.search); }
              });
            });
            return out;
            """;

    private final String base;
    private final int runs;
    private final int warmup;
    private final int depth;
    private final Duration timeout;
    private final String password;
    private final String filter;
    private final List<String> extra;

    private PageBenchmark() {
        String url = System.getProperty("bench.base", "http://localhost:9080");
        base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        runs = Integer.getInteger("bench.runs", 5);
        warmup = Integer.getInteger("bench.warmup", 1);
        depth = Integer.getInteger("bench.depth", 2);
        timeout = Duration.ofSeconds(Integer.getInteger("bench.timeout", 60));
        password = System.getProperty("bench.password", "Vigil@2026");
        filter = System.getProperty("bench.filter", "");
        extra = split(System.getProperty("bench.extra", ""));
    }

    /** One page of one role: what each measured load took, and what the last one served. */
    record Row(
            String role, String page, List<Long> millis, long htmlBytes, long ajaxBytes, long elements, String note) {

        long median() {
            if (millis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = millis.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        boolean slow() {
            return median() > MOST_MILLIS;
        }

        boolean heavy() {
            return htmlBytes > MOST_BYTES;
        }

        String flags() {
            List<String> flags = new ArrayList<>();
            if (slow()) {
                flags.add("**> 1 s**");
            }
            if (heavy()) {
                flags.add("**> 300 KB**");
            }
            if (!note.isEmpty()) {
                flags.add(note);
            }
            return String.join(", ", flags);
        }
    }

    public static void main(String[] args) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            System.err.println(
                    "needs " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
            System.exit(2);
        }
        String out = System.getProperty("bench.out", args.length > 0 ? args[0] : "");
        List<String> roles = split(System.getProperty("bench.roles", ""));
        PageBenchmark bench = new PageBenchmark();
        long started = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
            if (roles.isEmpty()
                    || roles.contains(account.getKey())
                    || roles.contains(account.getValue())
                    || roles.contains(account.getKey().replace(" ", ""))) {
                rows.addAll(bench.role(account.getKey(), account.getValue()));
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String report = bench.report(rows, took);
        System.out.println();
        System.out.println(report);
        if (!out.isEmpty()) {
            Path file = Paths.get(out);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.err.println("[bench] written to " + file.toAbsolutePath());
        }
    }

    /** Signs in as the role's account in a browser of its own and measures every page it reaches. */
    private List<Row> role(String role, String username) {
        List<Row> rows = new ArrayList<>();
        WebDriver driver = chromium();
        try {
            signIn(driver, username);
            Set<String> seen = new LinkedHashSet<>();
            // the pages to measure with their depth: the home page, the top bar's links, the extra pages
            Map<String, Integer> queue = new LinkedHashMap<>();
            queue.put("/index.xhtml", 0);
            for (String link : links(driver, "header")) {
                queue.putIfAbsent(link, 0);
            }
            for (String page : extra) {
                queue.putIfAbsent(page.startsWith("/") ? page : "/" + page, 0);
            }
            while (!queue.isEmpty()) {
                Map.Entry<String, Integer> next = queue.entrySet().iterator().next();
                queue.remove(next.getKey());
                String page = next.getKey();
                if (skipped(page) || !seen.add(path(page))) {
                    continue;
                }
                boolean measured = filter.isEmpty() || page.contains(filter);
                Row row = measured ? measure(driver, role, page) : null;
                if (row != null) {
                    rows.add(row);
                    System.err.printf(
                            Locale.ROOT,
                            "[bench] %-15s %-55s median %6d ms, max %6d ms, %7.1f KB, %6d elements %s%n",
                            role,
                            page,
                            row.median(),
                            row.max(),
                            row.htmlBytes() / 1024.0,
                            row.elements(),
                            row.note());
                }
                if (next.getValue() < depth) {
                    if (row == null) {
                        load(driver, page);
                    }
                    if (row == null || row.note().isEmpty()) {
                        for (String link : links(driver, "main")) {
                            if (!skipped(link) && !seen.contains(path(link))) {
                                queue.putIfAbsent(link, next.getValue() + 1);
                            }
                        }
                    }
                }
            }
        } catch (WebDriverException e) {
            System.err.println("[bench] " + role + " (" + username + ") stopped: "
                    + e.getMessage().lines().findFirst().orElse(""));
            rows.add(new Row(
                    role,
                    "(sign-in or browser)",
                    List.of(),
                    0,
                    0,
                    0,
                    "failed: " + e.getClass().getSimpleName()));
        } finally {
            driver.quit();
        }
        return rows;
    }

    /** Loads the page the warm-up number of times, then the number of runs, measuring each; the DOM is the last one's. */
    private Row measure(WebDriver driver, String role, String page) {
        List<Long> millis = new ArrayList<>();
        Map<?, ?> last = Map.of();
        String note = "";
        try {
            for (int i = 0; i < warmup + runs; i++) {
                long took = load(driver, page);
                if (i >= warmup) {
                    millis.add(took);
                }
                last = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(MEASURES);
                String landed = String.valueOf(last.get("path"));
                long status = number(last.get("status"));
                if (!landed.equals(path(page))) {
                    note = "landed on " + landed;
                    break;
                }
                if (status >= 400) {
                    note = "HTTP " + status;
                    break;
                }
                if (!Boolean.TRUE.equals(last.get("whole"))) {
                    // the layout's footer comes last: a page that failed while it was written stops before it
                    note = "cut short (no footer)";
                    break;
                }
            }
        } catch (WebDriverException e) {
            note = "failed: " + e.getClass().getSimpleName();
        }
        long html = number(last.get("html"));
        if (html <= 0 && note.isEmpty()) {
            html = driver.getPageSource().getBytes(StandardCharsets.UTF_8).length;
        }
        return new Row(role, page, millis, html, number(last.get("ajax")), number(last.get("elements")), note);
    }

    /** Opens the page and waits until it is ready; the wall time in milliseconds. */
    private long load(WebDriver driver, String page) {
        long start = System.nanoTime();
        driver.get(base + page);
        ((JavascriptExecutor) driver).executeAsyncScript(AWAIT_READY);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void signIn(WebDriver driver, String username) {
        driver.get(base + "/login.xhtml");
        type(driver, "loginForm:username", username);
        type(driver, "loginForm:password", password);
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("loginForm:signIn")).click();
        new WebDriverWait(driver, timeout)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> gone(html)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        if (!driver.getCurrentUrl().contains("/index.xhtml")) {
            throw new WebDriverException("signing in as " + username + " ended on " + driver.getCurrentUrl());
        }
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(WebDriver driver, String scope) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(LINKS, scope);
    }

    /** Pages not to open: signing in and out, error pages, Faces resources. */
    private static boolean skipped(String page) {
        String path = path(page);
        return path.startsWith("/login")
                || path.startsWith("/error/")
                || path.startsWith("/jakarta.faces.resource/")
                || path.contains("logout");
    }

    private static String path(String page) {
        int query = page.indexOf('?');
        return query < 0 ? page : page.substring(0, query);
    }

    /** The same Chromium as the browser tests (Browser), at a laptop's window size. */
    private WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--window-size=1366,900",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(timeout);
        driver.manage().timeouts().scriptTimeout(timeout);
        return driver;
    }

    private String report(List<Row> rows, Duration took) {
        List<Row> sorted = rows.stream()
                .sorted(Comparator.comparing(
                                (Row r) -> List.copyOf(ACCOUNTS.keySet()).indexOf(r.role()))
                        .thenComparing(Row::page))
                .toList();
        StringBuilder md = new StringBuilder();
        md.append("# Pages in headless Chromium, ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n");
        md.append(String.format(
                Locale.ROOT,
                "`bench/pages.sh` against %s: %d measured loads per page after %d warm-up, headless Chromium %s,"
                        + " %d cores, window 1366×900; %d pages of %d roles in %d min %d s.%n",
                base,
                runs,
                warmup,
                chromiumVersion(),
                Runtime.getRuntime().availableProcessors(),
                rows.size(),
                rows.stream().map(Row::role).distinct().count(),
                took.toMinutes(),
                took.toSecondsPart()));
        md.append("Ready: from the start of the load until the document is complete and no Ajax request (deferred"
                + " panels included) is pending. HTML: the page as served, decoded; Ajax: what it fetched until ready."
                + " Target: ≤ 1,000 ms median, ≤ 300 KB (1 KB = 1,024 bytes).\n\n");
        md.append("| role | page | median ms | max ms | HTML KB | Ajax KB | elements | over target |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row row : sorted) {
            md.append(line(row));
        }
        md.append("\n## Slowest 10\n\n");
        md.append("| role | page | median ms | max ms | HTML KB | Ajax KB | elements | over target |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
        rows.stream()
                .sorted(Comparator.comparingLong(Row::median).reversed())
                .limit(10)
                .forEach(row -> md.append(line(row)));
        List<Row> over = sorted.stream()
                .filter(r -> r.slow() || r.heavy() || !r.note().isEmpty())
                .toList();
        md.append("\n## Over target (").append(over.size()).append(")\n\n");
        if (over.isEmpty()) {
            md.append("None.\n");
        }
        for (Row row : over) {
            md.append(String.format(
                    Locale.ROOT,
                    "- %s, `%s`: %s ms, %.1f KB, %s%n",
                    row.role(),
                    row.page(),
                    millis(row.median()),
                    row.htmlBytes() / 1024.0,
                    row.flags()));
        }
        return md.toString();
    }

    private static String line(Row row) {
        return String.format(
                Locale.ROOT,
                "| %s | `%s` | %s | %s | %.1f | %.1f | %,d | %s |%n",
                row.role(),
                row.page().replace("|", "\\|"),
                millis(row.median()),
                millis(row.max()),
                row.htmlBytes() / 1024.0,
                row.ajaxBytes() / 1024.0,
                row.elements(),
                row.flags());
    }

    private static String millis(long value) {
        return value < 0 ? "—" : String.format(Locale.ROOT, "%,d", value);
    }

    private static String chromiumVersion() {
        try {
            Process process = new ProcessBuilder(CHROMIUM.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            java.util.regex.Matcher number =
                    java.util.regex.Pattern.compile("\\d+(\\.\\d+)+").matcher(version);
            return number.find() ? number.group() : version.trim();
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
