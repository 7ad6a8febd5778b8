package vn.vigil.liberty;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JVM of a Liberty server started in the background ({@code server start}, as liberty-maven-plugin's start goal
 * does), found through the pid file the server script writes, {@code usr/servers/.pid/<server>.pid}, and what its
 * logs say about how it ended.
 *
 * <p>That JVM is not a child of the run command, so its exit code is not known here: how it ended is read from what
 * it left behind instead (a shutdown message, an OutOfMemoryError, a JVM fatal error log, or nothing at all when it
 * was killed).
 */
final class ServerProcess {

    private static final int LOG_TAIL_BYTES = 64 * 1024;

    private final Path wlp;
    private final String serverName;

    ServerProcess(Path wlp, String serverName) {
        this.wlp = wlp;
        this.serverName = serverName;
    }

    Path pidFile() {
        return wlp.resolve("usr/servers/.pid/" + serverName + ".pid");
    }

    Path serverDir() {
        return wlp.resolve("usr/servers/" + serverName);
    }

    Path messagesLog() {
        return serverDir().resolve("logs/messages.log");
    }

    /**
     * The server's JVM if it is running: the process the pid file names, if it still runs this installation (after
     * a crash the file stays behind, and its process id can come back as another program).
     */
    Optional<ProcessHandle> find() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile()).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::runsThisServer);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean runsThisServer(ProcessHandle process) {
        return process.info()
                .commandLine()
                .map(line -> line.contains(wlp.toString()) && line.contains(serverName))
                .orElse(true);
    }

    /**
     * One sentence on how the server's JVM ended, where its log and any heap dump are: for the line the run command
     * prints before it stops.
     */
    String describeEnd(long pid) {
        String console = tail(serverDir().resolve("logs/console.log"));
        String messages = tail(messagesLog());
        Path fatalErrorLog = serverDir().resolve("hs_err_pid" + pid + ".log");
        String how;
        if (console.contains("OutOfMemoryError")) {
            how = "ran out of memory (java.lang.OutOfMemoryError)";
        } else if (Files.exists(fatalErrorLog)) {
            how = "crashed (JVM fatal error, see " + fatalErrorLog + ")";
        } else if (messages.contains("CWWKE0036I")) {
            how = "was stopped (CWWKE0036I)";
        } else {
            how = "was killed without a shutdown message (kill -9, the system's out-of-memory killer or a crash)";
        }
        List<Path> dumps = heapDumps();
        return "The Liberty server (process " + pid + ") has ended: it " + how + "; log: " + messagesLog()
                + (dumps.isEmpty() ? "; no heap dump" : "; heap dump: " + join(dumps));
    }

    /** Heap dumps (*.hprof) in the server's folder or its logs, where -XX:+HeapDumpOnOutOfMemoryError writes them. */
    List<Path> heapDumps() {
        List<Path> dumps = new ArrayList<>();
        for (Path dir : List.of(serverDir(), serverDir().resolve("logs"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".hprof"))
                        .sorted()
                        .forEach(dumps::add);
            } catch (IOException e) {
                // nothing to report from that folder
            }
        }
        return dumps;
    }

    private static String join(List<Path> paths) {
        StringBuilder joined = new StringBuilder();
        for (Path path : paths) {
            joined.append(joined.length() == 0 ? "" : ", ").append(path);
        }
        return joined.toString();
    }

    private static String tail(Path file) {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - LOG_TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
