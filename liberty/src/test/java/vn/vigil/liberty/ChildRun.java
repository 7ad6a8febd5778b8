package vn.vigil.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link RunCommand} in a child JVM with the test class path, its output going to a file the test reads (and that
 * stays in target/ to look at when a test fails).
 */
final class ChildRun implements AutoCloseable {

    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded PostgreSQL on port (\\d+)");

    private final Process process;
    private final Path output;

    private ChildRun(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildRun start(Path output, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(testClassPath());
        command.add(RunCommand.class.getName());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(output.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().remove("DB_HOST");
            return new ChildRun(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire and failsafe start tests from a manifest-only jar; this property holds the real class path. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    long pid() {
        return process.pid();
    }

    /** The first output line containing the text, waiting for it; fails when the child ends or time runs out. */
    String awaitLine(String text, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line =
                    lines().stream().filter(l -> l.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive() && lines().stream().noneMatch(l -> l.contains(text))) {
                throw new AssertionError("The run command ended (" + process.exitValue() + ") without printing \""
                        + text + "\":\n" + String.join("\n", lines()));
            }
            sleep(100);
        }
        throw new AssertionError(
                "No \"" + text + "\" within " + limit + " from the run command:\n" + String.join("\n", lines()));
    }

    /** The embedded database's port, once the run command has printed it. */
    int awaitDatabasePort(Duration limit) {
        Matcher m = DATABASE_PORT.matcher(awaitLine("Embedded PostgreSQL on port", limit));
        if (!m.find()) {
            throw new AssertionError("No port in the database line");
        }
        return Integer.parseInt(m.group(1));
    }

    /** The exit status, waiting for it; fails when the child is still running after the limit. */
    int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(
                        "The run command is still running after " + limit + ":\n" + String.join("\n", lines()));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** kill -9: the run command gets no chance to clean up, as under the out-of-memory killer or a power cut. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    List<String> lines() {
        try {
            // a line can be half written: decode leniently
            return Files.exists(output)
                    ? new String(Files.readAllBytes(output), StandardCharsets.UTF_8)
                            .lines()
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Deletes a folder the tests made (data folders, outputs) with everything in it. */
    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
