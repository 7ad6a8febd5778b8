package vn.vigil.liberty;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The Vigil server the build started for these tests, and plain HTTP calls to it. Like a browser on a cleartext
 * connection they speak HTTP/1.1 (Liberty cuts Faces pages short on an h2c upgrade), and redirects are not followed.
 */
final class Vigil {

    static final String PASSWORD = "Vigil@2026";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient HTTP = client().build();

    private Vigil() {}

    static HttpClient.Builder client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
    }

    static String baseUrl() {
        Readiness.awaited();
        return configuredUrl();
    }

    private static String configuredUrl() {
        String url = System.getProperty("vigil.base-url", "http://localhost:19080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Liberty reports "server ready" before the application has finished starting (migrations, demo data); on a
     * loaded machine that can take a minute more. The first test to touch the server waits for readiness.
     */
    private static final class Readiness {

        private static final Duration LIMIT = Duration.ofMinutes(4);

        static {
            long deadline = System.nanoTime() + LIMIT.toNanos();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(configuredUrl() + "/health/ready"))
                    .timeout(TIMEOUT)
                    .build();
            boolean up = false;
            while (!up && System.nanoTime() < deadline) {
                try {
                    up = HTTP.send(ready, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (IOException notYet) {
                    up = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Vigil", e);
                }
                if (!up) {
                    sleep();
                }
            }
            if (!up) {
                throw new IllegalStateException("Vigil did not become ready within " + LIMIT);
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void awaited() {
            // loading this class ran the wait
        }
    }

    static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        return send(client, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request whose answer is read by the given handler (bytes of a download, for instance). */
    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        return send(HTTP, request, body);
    }

    static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException("calling " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A JSON request with a body ({@code POST}, {@code PUT}) and extra headers such as Authorization. */
    static HttpResponse<String> sendJson(String method, String path, String body, String... headers) {
        return sendJsonTo(baseUrl(), method, path, body, headers);
    }

    /** As {@link #sendJson}, to another server of the deployment listening at {@code base}. */
    static HttpResponse<String> sendJsonTo(String base, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
