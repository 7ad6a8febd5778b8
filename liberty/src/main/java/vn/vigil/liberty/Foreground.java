package vn.vigil.liberty;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the run command in the foreground while Liberty serves Vigil, and stops the server on Ctrl+C (the
 * embedded database's own hook then stops PostgreSQL).
 */
public final class Foreground {

    private Foreground() {}

    public static void main(String[] args) throws InterruptedException {
        Path wlp = Paths.get(args[0]).toAbsolutePath();
        String port = args.length > 1 ? args[1] : "9080";
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopServer(wlp), "vigil-liberty-stop"));
        System.out.println();
        System.out.println("[vigil] Vigil is running at http://localhost:" + port + "/  (demo accounts: see README)");
        System.out.println("[vigil] OpenAPI UI: http://localhost:" + port + "/openapi/ui   Health: http://localhost:"
                + port + "/health");
        System.out.println("[vigil] Press Ctrl+C to stop.");
        forever.await();
    }

    /** JDK classes only: runs as Maven shuts down. */
    static void stopServer(Path wlp) {
        try {
            Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", "vigil")
                    .inheritIO()
                    .start();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | RuntimeException t) {
            System.err.println("[vigil] Could not stop Liberty: " + t);
        }
    }
}
