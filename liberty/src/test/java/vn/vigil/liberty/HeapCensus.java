package vn.vigil.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Counts live objects of a class in the test server's heap, as {@code jcmd GC.class_histogram} reports them after the
 * full collection it forces: what a request leaves behind, not what it used for a moment.
 */
final class HeapCensus {

    private HeapCensus() {}

    static long liveInstances(String className) {
        String histogram = run(jcmd(), Long.toString(serverPid()), "GC.class_histogram");
        for (String line : histogram.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            // num: instances bytes class-name (module)
            if (columns.length >= 4 && columns[3].equals(className)) {
                return Long.parseLong(columns[1]);
            }
        }
        return 0;
    }

    private static long serverPid() {
        Path pidFile = Paths.get(System.getProperty("vigil.server-dir", "target/liberty/wlp/usr/servers"))
                .resolve(".pid/vigil.pid");
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file of the test server at " + pidFile, e);
        }
    }

    private static String jcmd() {
        return Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    private static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
