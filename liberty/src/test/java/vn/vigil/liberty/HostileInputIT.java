package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.Role;

/**
 * Hostile input into every operation of the OpenAPI document, as a caller its role allows (docs/authorization.md):
 * each value of {@link HostileValues}' corpus goes into some JSON field, query parameter or path parameter, and every
 * field and parameter gets values of it; every operation that takes JSON also gets broken bodies (empty, truncated,
 * not UTF-8, nested thousands deep, of the wrong type or Content-Type). No answer may be a server error, carry a
 * stack trace, a class name or SQL; and nothing a refused request sent may be found stored anywhere in the database.
 */
class HostileInputIT {

    /** Marks every text a request sends, so what it stored can be found: {@code HX<run>-<request>X}. */
    static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    static final int VALUES_PER_SLOT = 2;
    static final int BROKEN_BODIES = 1_000_000;
    /** Values of the corpus each page parameter is opened with. */
    static final int PAGE_VALUES = 6;

    static final int PARALLEL = 4;
    /** Values written into a URL stay below the length a server takes in its request line. */
    static final int LONGEST_IN_URL = 8_192;

    /**
     * Signs of the server's insides: exceptions, stack frames, class names of the libraries, SQL errors, the
     * container's own error pages. (The corpus itself holds Java-looking text, such as java.lang.Runtime in EL, which
     * an answer may quote back as the value it refused.)
     */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|com\\.ibm\\.|org\\.hibernate|org\\.postgresql|"
                    + "org\\.jboss|org\\.apache|SQLState|syntax error at or near|SRVE\\d|ERROR: ");

    private static final Pattern ERROR_PAGES = Pattern.compile("errorPages:\\{[^}]*}");
    private static final Map<Role, String> ACCOUNT = Map.of(
            Role.INSPECTOR, "inspector",
            Role.TEAM_LEAD, "teamlead",
            Role.LEGAL_OFFICER, "legal",
            Role.CASE_WORKER, "caseworker",
            Role.FINANCE_OFFICER, "finance",
            Role.COMMITTEE_VIEWER, "committee",
            Role.ADMIN, "admin",
            Role.FOCAL_POINT, "daumoi.syt",
            Role.STANDING_OFFICE, "vanphong");

    static JsonObject schemas;
    static Map<String, JsonObject> operations = new TreeMap<>();
    static Map<String, AuthorizationMatrixIT.Declared> declared;

    @BeforeAll
    static void readTheDocument() throws IOException {
        HttpResponse<String> response = Vigil.get("/openapi?format=JSON");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = Vigil.json(response).asJsonObject();
        schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (paths.getJsonObject(path).containsKey(method)) {
                    operations.put(
                            method.toUpperCase() + " " + path,
                            paths.getJsonObject(path).getJsonObject(method));
                }
            }
        }
        declared = AuthorizationMatrixIT.table("## REST API");
    }

    @Test
    void everyFieldAndParameterOfEveryOperationTakesTheCorpusWithoutAServerErrorALeakOrAHalfSave() throws Exception {
        List<JsonValue> corpus = HostileValues.corpus();
        assertThat(corpus.size()).as("values in the corpus").isGreaterThanOrEqualTo(1_000);
        List<Probe> probes = new ArrayList<>();
        int cursor = 0;
        for (Map.Entry<String, JsonObject> operation : operations.entrySet()) {
            for (Slot slot : slots(operation.getKey(), operation.getValue())) {
                for (int i = 0; i < VALUES_PER_SLOT; i++) {
                    JsonValue value = corpus.get(cursor++ % corpus.size());
                    if (slot.inUrl() && HostileValues.asText(value).length() > LONGEST_IN_URL) {
                        value = corpus.get(cursor++ % corpus.size());
                    }
                    probes.add(probe(probes.size(), operation.getKey(), operation.getValue(), slot, value));
                }
            }
        }
        // every value of the corpus went somewhere
        assertThat(cursor).isGreaterThanOrEqualTo(corpus.size());

        Outcome outcome = send(probes);

        outcome.wrong().forEach(line -> System.out.println("[hostile] " + line));
        probes.stream()
                .filter(probe -> outcome.statuses().get(probe.index()) < 300)
                .map(probe -> probe.what().substring(0, probe.what().lastIndexOf(' ')))
                .distinct()
                .forEach(taken -> System.out.println("[hostile] taken: " + taken));
        System.out.printf(
                "[hostile] %d values, %d requests into %d operations: %s%n",
                corpus.size(), probes.size(), operations.size(), outcome.byClass());
        assertThat(outcome.wrong()).as("answers that failed or leaked").isEmpty();
        assertThat(storedByRefusedRequests(outcome.statuses()))
                .as("requests refused whose text is stored anyway")
                .isEmpty();
    }

    @Test
    void everyOperationTakingJsonRefusesBrokenBodiesCleanly() throws Exception {
        List<Probe> probes = new ArrayList<>();
        for (Map.Entry<String, JsonObject> operation : operations.entrySet()) {
            JsonObject body = operation.getValue().getJsonObject("requestBody");
            if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
                continue;
            }
            String key = operation.getKey();
            String method = key.substring(0, key.indexOf(' '));
            // marked apart from the corpus's requests
            int index = BROKEN_BODIES + probes.size();
            String uri = uri(key, operation.getValue(), null, null, index);
            String user = user(key);
            String valid = baselineBody(operation.getValue(), index);
            for (Broken broken : Broken.values()) {
                byte[] content = broken.body(valid);
                probes.add(
                        new Probe(probes.size(), method, uri, broken.contentType, content, user, key + " " + broken));
            }
        }

        Outcome outcome = send(probes);

        outcome.wrong().forEach(line -> System.out.println("[hostile] " + line));
        System.out.printf("[hostile] %d broken bodies: %s%n", probes.size(), outcome.byClass());
        assertThat(outcome.wrong()).as("answers that failed or leaked").isEmpty();
        assertThat(probes.stream()
                        .filter(probe -> outcome.statuses().get(probe.index()) < 400)
                        .map(probe -> probe.what() + " → " + outcome.statuses().get(probe.index())))
                .as("broken bodies taken")
                .isEmpty();
    }

    /**
     * Every parameter a page takes in its address (f:viewParam: ids, dates, filters), opened by a role the declared
     * table lets in, with values of the corpus: the page opens, says what is wrong or is not found, never fails.
     */
    @Test
    void everyPageParameterTakesTheCorpus() throws IOException {
        List<JsonValue> corpus = HostileValues.corpus();
        Map<String, AuthorizationMatrixIT.Declared> pages = AuthorizationMatrixIT.table("## Pages");
        Pattern viewParam = Pattern.compile("<f:viewParam name=\"([^\"]+)\"");
        Map<Role, WebSession> sessions = new java.util.EnumMap<>(Role.class);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> classes = new TreeMap<>();
        int cursor = 0;
        int sent = 0;
        for (Map.Entry<String, AuthorizationMatrixIT.Declared> page : pages.entrySet()) {
            String source = java.nio.file.Files.readString(
                    AuthorizationMatrixIT.PAGES.resolve(page.getKey().substring(1)));
            java.util.regex.Matcher names = viewParam.matcher(source);
            Role role = page.getValue().roles().contains(Role.ADMIN)
                            || page.getValue().roles().isEmpty()
                    ? Role.ADMIN
                    : page.getValue().roles().iterator().next();
            while (names.find()) {
                WebSession session = sessions.computeIfAbsent(role, r -> WebSession.signedInAs(ACCOUNT.get(r)));
                for (int i = 0; i < PAGE_VALUES; i++) {
                    String value = HostileValues.asText(corpus.get(cursor++ % corpus.size()));
                    if (value.length() > LONGEST_IN_URL) {
                        continue;
                    }
                    HttpResponse<String> response =
                            session.get(page.getKey() + "?" + names.group(1) + "=" + encode(value));
                    sent++;
                    classes.merge(response.statusCode() / 100 + "xx", 1, Integer::sum);
                    // PrimeFaces writes web.xml's error pages (exception names included) into every page, by design
                    String body = ERROR_PAGES.matcher(response.body()).replaceAll("");
                    java.util.regex.Matcher leak = LEAK.matcher(body);
                    if (response.statusCode() >= 500 || leak.find()) {
                        String at = leak.hitEnd() && response.statusCode() >= 500
                                ? ""
                                : body.substring(
                                        Math.max(0, leak.start() - 60), Math.min(body.length(), leak.end() + 60));
                        wrong.add(page.getKey() + "?" + names.group(1) + " → " + response.statusCode() + " "
                                + at.replaceAll("\\s+", " "));
                    }
                }
            }
        }

        System.out.printf("[hostile] %d page addresses: %s%n", sent, classes);
        assertThat(sent).isGreaterThan(60);
        assertThat(wrong).as("pages that failed or leaked").isEmpty();
    }

    /** Script and EL stored as text come back as text: escaped in the page, never run or evaluated. */
    @Test
    void scriptAndExpressionsStoredAsTextAreShownAsText() {
        String hostile = "<script>alert('hx" + RUN + "')</script> #{7*7} ${7*7} <img src=x onerror=alert(1)>";
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String body = Json.createObjectBuilder()
                .add("kind", "PLAN")
                .add("symbol", RUN + "/KH-BCĐ")
                .add("issuedOn", today)
                .add("signer", hostile)
                .add("issuingBody", "Ban Chỉ đạo tỉnh")
                .add("subject", hostile)
                .add("inForceFrom", today)
                .build()
                .toString();
        HttpResponse<String> made = Vigil.sendJson(
                "POST", "/api/v1/directives", body, "Authorization", Vigil.basic("vanphong", Vigil.PASSWORD));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

        String page =
                WebSession.signedInAs("vanphong").get("/directives/list.xhtml").body();
        assertThat(page)
                .contains("&lt;script&gt;alert(")
                .contains("#{7*7} ${7*7}")
                .doesNotContain("<script>alert('hx" + RUN)
                .doesNotContain("<img src=x onerror");
    }

    /** Bodies no client should send. */
    enum Broken {
        EMPTY("application/json"),
        NULL("application/json"),
        ARRAY("application/json"),
        STRING("application/json"),
        TRUNCATED("application/json"),
        NOT_UTF8("application/json"),
        NESTED("application/json"),
        TEXT_PLAIN("text/plain"),
        FORM("application/x-www-form-urlencoded"),
        NO_TYPE(null);

        final String contentType;

        Broken(String contentType) {
            this.contentType = contentType;
        }

        byte[] body(String valid) {
            String text = switch (this) {
                case EMPTY -> "";
                case NULL -> "null";
                case ARRAY -> "[" + valid + "]";
                case STRING -> "\"" + valid.replace("\"", "\\\"") + "\"";
                case TRUNCATED -> valid.substring(0, valid.length() / 2);
                case NESTED -> "[".repeat(100_000) + "]".repeat(100_000);
                case TEXT_PLAIN, FORM, NO_TYPE -> valid;
                case NOT_UTF8 -> null;
            };
            if (text != null) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            byte[] head = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[head.length + 6];
            System.arraycopy(head, 0, bytes, 0, head.length);
            byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '"', '}'};
            System.arraycopy(bad, 0, bytes, head.length, bad.length);
            return bytes;
        }
    }

    /** Where a hostile value goes: a path parameter, a query parameter, or a field of the body (a path into it). */
    record Slot(String in, String name, List<Object> field) {
        boolean inUrl() {
            return !in.equals("body");
        }
    }

    record Probe(int index, String method, String uri, String contentType, byte[] body, String user, String what) {}

    record Outcome(Map<Integer, Integer> statuses, List<String> wrong) {
        Map<String, Integer> byClass() {
            Map<String, Integer> classes = new TreeMap<>();
            statuses.values().forEach(status -> classes.merge(status / 100 + "xx", 1, Integer::sum));
            return classes;
        }
    }

    private static List<Slot> slots(String key, JsonObject operation) {
        List<Slot> slots = new ArrayList<>();
        for (JsonValue value : parameters(operation)) {
            JsonObject parameter = value.asJsonObject();
            String in = parameter.getString("in");
            if (in.equals("path") || in.equals("query")) {
                slots.add(new Slot(in, parameter.getString("name"), List.of()));
            }
        }
        JsonObject body = jsonSchema(operation);
        if (body != null) {
            leaves(body, new ArrayList<>(), slots, 0);
        }
        return slots;
    }

    private static void leaves(JsonObject schema, List<Object> at, List<Slot> slots, int depth) {
        JsonObject resolved = resolve(schema);
        String type = resolved.getString("type", "object");
        if (depth > 4) {
            return;
        }
        if (type.equals("object") && resolved.containsKey("properties")) {
            for (String name : resolved.getJsonObject("properties").keySet()) {
                List<Object> next = new ArrayList<>(at);
                next.add(name);
                leaves(resolved.getJsonObject("properties").getJsonObject(name), next, slots, depth + 1);
            }
        } else if (type.equals("array") && resolved.containsKey("items")) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            slots.add(new Slot(
                    "body", String.join(".", at.stream().map(String::valueOf).toList()), at));
            leaves(resolved.getJsonObject("items"), next, slots, depth + 1);
        } else {
            slots.add(new Slot(
                    "body", String.join(".", at.stream().map(String::valueOf).toList()), at));
        }
    }

    private static Probe probe(int index, String key, JsonObject operation, Slot slot, JsonValue value) {
        String method = key.substring(0, key.indexOf(' '));
        String uri = uri(key, operation, slot.inUrl() ? slot : null, value, index);
        JsonObject schema = jsonSchema(operation);
        String contentType = null;
        byte[] body = null;
        if (schema != null) {
            Object baseline = baseline(schema, index, 0);
            if (!slot.inUrl()) {
                baseline = with(baseline, slot.field(), 0, value);
            }
            contentType = "application/json";
            body = json(baseline).getBytes(StandardCharsets.UTF_8);
        } else if (operation.containsKey("requestBody")) {
            contentType = operation
                    .getJsonObject("requestBody")
                    .getJsonObject("content")
                    .keySet()
                    .iterator()
                    .next();
            body = HostileValues.asText(value).getBytes(StandardCharsets.UTF_8);
        }
        return new Probe(index, method, uri, contentType, body, user(key), key + " " + slot.in() + ":" + slot.name());
    }

    private static String uri(String key, JsonObject operation, Slot slot, JsonValue value, int index) {
        String path = key.substring(key.indexOf(' ') + 1);
        List<String> query = new ArrayList<>();
        for (JsonValue item : parameters(operation)) {
            JsonObject parameter = item.asJsonObject();
            String name = parameter.getString("name");
            boolean integer = "integer".equals(parameter.getJsonObject("schema").getString("type", ""));
            boolean hostile =
                    slot != null && slot.name().equals(name) && slot.in().equals(parameter.getString("in"));
            String text = hostile ? encode(HostileValues.asText(value)) : integer ? "0" : marker(index);
            if (parameter.getString("in").equals("path")) {
                path = path.replace("{" + name + "}", text);
            } else if (hostile || parameter.getBoolean("required", false)) {
                query.add(name + "=" + text);
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** A body of the schema's shape: text marked with the request, zeros, the first of each choice. */
    private static Object baseline(JsonObject schema, int index, int depth) {
        JsonObject resolved = resolve(schema);
        if (resolved.containsKey("enum")) {
            return HostileValues.asText(resolved.getJsonArray("enum").get(0));
        }
        String type = resolved.getString("type", "object");
        String format = resolved.getString("format", "");
        return switch (type) {
            case "string" ->
                format.equals("date")
                        ? "2000-01-01"
                        : format.equals("date-time")
                                ? "2000-01-01T00:00:00Z"
                                : format.equals("byte") ? "" : marker(index);
            case "integer", "number" -> 0;
            case "boolean" -> false;
            case "array" -> {
                List<Object> list = new ArrayList<>();
                if (resolved.containsKey("items") && depth < 4) {
                    list.add(baseline(resolved.getJsonObject("items"), index, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (resolved.containsKey("properties") && depth < 4) {
                    JsonObject properties = resolved.getJsonObject("properties");
                    properties
                            .keySet()
                            .forEach(name ->
                                    object.put(name, baseline(properties.getJsonObject(name), index, depth + 1)));
                }
                yield object;
            }
        };
    }

    private static String baselineBody(JsonObject operation, int index) {
        return json(baseline(jsonSchema(operation), index, 0));
    }

    /** The baseline with {@code value} put at the field's path. */
    @SuppressWarnings("unchecked")
    private static Object with(Object node, List<Object> field, int at, JsonValue value) {
        if (at == field.size()) {
            return value;
        }
        Object step = field.get(at);
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put((String) step, with(copy.get(step), field, at + 1, value));
            return copy;
        }
        if (node instanceof List<?> list && !list.isEmpty()) {
            List<Object> copy = new ArrayList<>(list);
            copy.set(0, with(copy.get(0), field, at + 1, value));
            return copy;
        }
        return value;
    }

    private static String json(Object node) {
        return toJson(node).toString();
    }

    private static JsonValue toJson(Object node) {
        if (node instanceof JsonValue value) {
            return value;
        }
        if (node instanceof Map<?, ?> map) {
            var builder = Json.createObjectBuilder();
            map.forEach((k, v) -> builder.add((String) k, toJson(v)));
            return builder.build();
        }
        if (node instanceof List<?> list) {
            var builder = Json.createArrayBuilder();
            list.forEach(v -> builder.add(toJson(v)));
            return builder.build();
        }
        if (node instanceof String s) {
            return Json.createValue(s);
        }
        if (node instanceof Integer i) {
            return Json.createValue(i);
        }
        if (node instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return JsonValue.NULL;
    }

    private static JsonObject resolve(JsonObject schema) {
        JsonObject current = schema;
        for (int i = 0; i < 5 && current.containsKey("$ref"); i++) {
            String ref = current.getString("$ref");
            current = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.containsKey("allOf") && !current.getJsonArray("allOf").isEmpty()) {
            return resolve(current.getJsonArray("allOf").getJsonObject(0));
        }
        return current;
    }

    private static JsonObject jsonSchema(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
            return null;
        }
        return body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
    }

    private static List<JsonValue> parameters(JsonObject operation) {
        return operation.containsKey("parameters") ? operation.getJsonArray("parameters") : List.of();
    }

    /** A caller the declared table allows; the case worker where only an object rule lets anyone in. */
    private static String user(String key) {
        return declared.get(key).roles().stream().findFirst().map(ACCOUNT::get).orElse("caseworker");
    }

    static String marker(int index) {
        return "HX" + RUN + "-" + index + "X";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Outcome send(List<Probe> probes) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Probe probe : probes) {
                running.add(pool.submit(() -> {
                    HttpResponse<String> response = send(probe);
                    statuses.put(probe.index(), response.statusCode());
                    String body = response.body() == null ? "" : response.body();
                    if (response.statusCode() >= 500) {
                        wrong.add(probe.what() + " → " + response.statusCode() + " " + shorten(body));
                    } else {
                        java.util.regex.Matcher leak = LEAK.matcher(body);
                        if (leak.find()) {
                            int from = Math.max(0, leak.start() - 80);
                            wrong.add(probe.what() + " → " + response.statusCode() + " leaks: "
                                    + body.substring(from, Math.min(body.length(), leak.end() + 80))
                                            .replaceAll("\\s+", " "));
                        }
                    }
                }));
            }
            for (Future<?> probe : running) {
                probe.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(statuses, wrong);
    }

    private static HttpResponse<String> send(Probe probe) {
        HttpRequest.Builder request = Vigil.request(probe.uri())
                .method(
                        probe.method(),
                        probe.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(probe.body()))
                .header("Authorization", Vigil.basic(probe.user(), Vigil.PASSWORD));
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        return Vigil.send(request.build());
    }

    private static String shorten(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /**
     * The requests whose marked text is stored anywhere outside the audit log although they were answered with an
     * error: a request refused must leave nothing behind.
     */
    private static Set<String> storedByRefusedRequests(Map<Integer, Integer> statuses) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = Database.connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery("select table_schema || '.' || table_name"
                            + " from information_schema.tables where table_type = 'BASE TABLE'"
                            + " and table_schema not in ('pg_catalog', 'information_schema')"
                            + " and table_name not in ('audit_entry', 'audit_seal', 'flyway_schema_history')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement s = c.prepareStatement("select distinct (regexp_matches(t::text, ?, 'g'))[1]"
                        + " from " + table + " t where t::text like ?")) {
                    s.setString(1, "HX" + RUN + "-(\\d+)X");
                    s.setString(2, "%HX" + RUN + "-%");
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            int index = Integer.parseInt(rs.getString(1));
                            Integer status = statuses.get(index);
                            if (status == null || status >= 300) {
                                found.add(table + ": request " + index + " answered " + status);
                            }
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(found);
    }
}
