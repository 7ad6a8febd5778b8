package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Role;

/**
 * The whole authorization matrix against the one declared table, docs/authorization.md: every operation of the
 * OpenAPI document and every page, for an account holding each role alone and for an anonymous caller. A cell
 * allowed that the table does not state fails, and so does a cell refused that the table allows; so does an
 * operation or a page the table does not declare, or a declared one that no longer exists.
 */
class AuthorizationMatrixIT {

    static final Path TABLE = Paths.get(System.getProperty("vigil.docs-dir", "../docs"), "authorization.md");
    static final Path PAGES = Paths.get(System.getProperty("vigil.webapp-dir", "../web/src/main/webapp"));
    /** Ids no object has: an allowed caller meets 404 or 400, never a change. */
    static final String NO_SUCH_ID = "2147483647";
    /** Probes sent at once. */
    static final int PARALLEL = 4;

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]*?) \\|(?: ([^|]*?) \\|)?$");
    private static final Set<String> BEYOND_ROLE_CHECK = Set.of(
            "GET /api/v1/victim-cases/{id}",
            "GET /api/v1/victim-cases/by-code/{code}",
            "GET /api/v1/victim-cases/{id}/referrals",
            "POST /api/v1/victim-cases/{id}/identity-reads");

    static Map<Role, String> accounts = new EnumMap<>(Role.class);
    static VictimCases.Case someonesCase;

    /** One account per role, holding that role alone, so a cell is the role's and not a demo account's mix. */
    @BeforeAll
    static void oneAccountPerRole() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (Role role : Role.values()) {
            String username = "az" + role.ordinal() + "-" + suffix;
            AdminData.createUser(username, Vigil.PASSWORD, role.name());
            accounts.put(role, username);
        }
        someonesCase = VictimCases.openCase("Người Được Bảo Vệ " + suffix);
    }

    @Test
    void everyOperationForEveryRoleAndAnonymousIsAsDeclared() throws IOException {
        Map<String, Declared> declared = table("## REST API");
        Map<String, JsonObject> operations = operations();
        assertThat(new TreeSet<>(declared.keySet()))
                .as("operations of the OpenAPI document declared in %s", TABLE)
                .isEqualTo(new TreeSet<>(operations.keySet()));

        List<String> wrong = new CopyOnWriteArrayList<>();
        AtomicInteger cells = new AtomicInteger();
        inParallel(operations.entrySet().stream().map(operation -> () -> {
            Call call = call(operation.getKey(), operation.getValue());
            Declared who = declared.get(operation.getKey());
            cells.incrementAndGet();
            check(wrong, operation.getKey(), "anonymous", call.send(null), 401);
            for (Role role : Role.values()) {
                cells.incrementAndGet();
                int status = call.send(accounts.get(role));
                check(
                        wrong,
                        operation.getKey(),
                        role.name(),
                        status,
                        who.roles().contains(role) ? 0 : 403);
            }
        }));

        System.out.printf(
                "[authorization] REST: %d operations, %d cells checked, %d not as declared%n",
                operations.size(), cells.get(), wrong.size());
        assertThat(wrong).as("cells not as declared in %s", TABLE).isEmpty();
    }

    @Test
    void everyPageForEveryRoleAndAnonymousIsAsDeclared() throws IOException {
        Map<String, Declared> declared = table("## Pages");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + PAGES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(new TreeSet<>(declared.keySet()))
                .as("pages declared in %s", TABLE)
                .isEqualTo(pages);

        Map<String, WebSession> sessions = new LinkedHashMap<>();
        sessions.put("anonymous", new WebSession());
        accounts.forEach((role, username) -> sessions.put(role.name(), WebSession.signedInAs(username)));
        List<String> wrong = new CopyOnWriteArrayList<>();
        AtomicInteger cells = new AtomicInteger();
        inParallel(sessions.entrySet().stream().map(session -> () -> {
            boolean anonymous = session.getKey().equals("anonymous");
            for (String page : pages) {
                Declared who = declared.get(page);
                cells.incrementAndGet();
                HttpResponse<String> response = session.getValue().get(page);
                boolean allowed = who.anyone() || (!anonymous && who.roles().contains(Role.valueOf(session.getKey())));
                String outcome = outcome(response);
                String expected = allowed ? "opens" : anonymous ? "sign-in" : "403";
                if (!outcome.equals(expected)) {
                    wrong.add(page + " × " + session.getKey() + ": " + outcome + ", declared " + expected);
                }
            }
        }));

        System.out.printf(
                "[authorization] pages: %d pages, %d cells checked, %d not as declared%n",
                pages.size(), cells.get(), wrong.size());
        assertThat(wrong).as("cells not as declared in %s", TABLE).isEmpty();
    }

    @Test
    void aVictimCaseIsReadOnlyByThoseWhoNeedToKnow() {
        String path = "/api/v1/victim-cases/" + someonesCase.id();
        for (Role role : Role.values()) {
            String auth = Vigil.basic(accounts.get(role), Vigil.PASSWORD);
            int expected = role == Role.ADMIN ? 200 : 403;
            assertThat(Vigil.get(path, "Authorization", auth).statusCode())
                    .as("%s reads the case", role)
                    .isEqualTo(expected);
            assertThat(Vigil.get(path + "/referrals", "Authorization", auth).statusCode())
                    .as("%s reads its referrals", role)
                    .isEqualTo(expected);
        }
        HttpResponse<String> own = Vigil.get(path, "Authorization", DemoAccount.CASE_WORKER.basicAuth());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Vigil.json(own).asJsonObject().getBoolean("identityRevealable"))
                .isTrue();
    }

    /** Runs the probes a few at a time: each cell stands alone, and the server has more threads than cores. */
    private static void inParallel(Stream<Runnable> probes) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> running = probes.map(pool::submit).collect(Collectors.toList());
            for (Future<?> probe : running) {
                probe.get(5, TimeUnit.MINUTES);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a probe failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A page opens (whole), refuses (403), or sends to the sign-in page. */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 302
                && response.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            return "sign-in";
        }
        if (status == 403) {
            return "403";
        }
        // a page opened without the parameter it shows answers 404 once past the role check
        return status == 200 || status == 404 ? "opens" : "status " + status;
    }

    private static void check(List<String> wrong, String operation, String who, int status, int expected) {
        boolean ok = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
        if (!ok) {
            wrong.add(operation + " × " + who + ": " + status + ", declared "
                    + (expected == 0 ? "allowed" : Integer.toString(expected)));
        }
    }

    /** The request that probes one operation: unknown ids, required parameters filled, a body that is not valid. */
    private static Call call(String key, JsonObject operation) {
        String method = key.substring(0, key.indexOf(' '));
        String path = key.substring(key.indexOf(' ') + 1);
        boolean realCase = BEYOND_ROLE_CHECK.contains(key);
        List<String> query = new ArrayList<>();
        for (JsonValue value : operation.getJsonArray("parameters") == null
                ? List.<JsonValue>of()
                : operation.getJsonArray("parameters")) {
            JsonObject parameter = value.asJsonObject();
            String name = parameter.getString("name");
            boolean integer = "integer".equals(parameter.getJsonObject("schema").getString("type", ""));
            if (parameter.getString("in").equals("path")) {
                String id = realCase
                        ? (name.equals("code") ? someonesCase.code() : Long.toString(someonesCase.id()))
                        : integer ? NO_SUCH_ID : "zz";
                path = path.replace("{" + name + "}", id);
            } else if (parameter.getBoolean("required", false)
                    && parameter.getString("in").equals("query")) {
                query.add(name + "=" + (integer ? "0" : "x"));
            }
        }
        String uri = query.isEmpty() ? path : path + "?" + String.join("&", query);
        JsonObject body = operation.getJsonObject("requestBody");
        String contentType = body == null
                ? null
                : body.getJsonObject("content").keySet().iterator().next();
        String content = contentType == null
                ? null
                : realCase ? "{\"purpose\":\"VERIFICATION\"}" : contentType.equals("application/json") ? "{" : "x";
        return new Call(method, uri, contentType, content);
    }

    record Call(String method, String uri, String contentType, String content) {
        int send(String username) {
            HttpRequest.Builder request = Vigil.request(uri)
                    .method(
                            method,
                            content == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(content));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (username != null) {
                request.header("Authorization", Vigil.basic(username, Vigil.PASSWORD));
            }
            return Vigil.send(request.build()).statusCode();
        }
    }

    /** Every operation of the OpenAPI document, as "METHOD /path". */
    private static Map<String, JsonObject> operations() {
        HttpResponse<String> response = Vigil.get("/openapi?format=JSON");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonObject> operations = new LinkedHashMap<>();
        JsonObject paths = Vigil.json(response).asJsonObject().getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (item.containsKey(method)) {
                    operations.put(method.toUpperCase() + " " + path, item.getJsonObject(method));
                }
            }
        }
        return operations;
    }

    record Declared(Set<Role> roles, boolean anyone) {}

    /** The rows of one section of the declared table. */
    static Map<String, Declared> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(TABLE);
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            start = lines.get(i).startsWith(heading) ? i : -1;
        }
        assertThat(start).as("%s in %s", heading, TABLE).isNotNegative();
        Map<String, Declared> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Declared previous = rows.put(row.group(1), declared(row.group(2).strip()));
                assertThat(previous).as("%s declared once", row.group(1)).isNull();
            }
        }
        return rows;
    }

    private static Declared declared(String roles) {
        return switch (roles) {
            case "anyone" -> new Declared(EnumSet.allOf(Role.class), true);
            case "all staff" -> new Declared(EnumSet.allOf(Role.class), false);
            case "—" -> new Declared(EnumSet.noneOf(Role.class), false);
            default ->
                new Declared(
                        Arrays.stream(roles.split(",\\s*"))
                                .map(Role::valueOf)
                                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                        false);
        };
    }
}
