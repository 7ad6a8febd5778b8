package vn.vigil.liberty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server process that serves one data folder, found through the folder's {@code postmaster.pid} and
 * recognised by its data directory, never by its name alone: other PostgreSQL servers on the machine are left alone.
 *
 * <p>Uses JDK classes only and no nested classes: {@link #stop} also runs in a shutdown hook, after Maven has closed
 * the class loader that loaded this class.
 */
final class Postmaster {

    private static final long FAST_SHUTDOWN_SECONDS = 30;
    private static final long KILL_SECONDS = 10;

    private Postmaster() {}

    /** The live postmaster of this data folder, if postmaster.pid names one that really serves the folder. */
    static Optional<ProcessHandle> of(Path dataDir) {
        return pidInFile(dataDir).flatMap(ProcessHandle::of).filter(p -> p.isAlive() && serves(p, dataDir));
    }

    /**
     * The process id written in the folder's postmaster.pid, if the file is there; PostgreSQL writes the file at
     * start and removes it at a clean stop, so after a crash it can name a process that is gone or even another
     * program that was given the same id later.
     */
    static Optional<Long> pidInFile(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is a PostgreSQL server working in this data folder: a program named postgres whose working
     * directory is the folder (PostgreSQL changes into its data directory) or, where /proc cannot tell, whose
     * command line names it.
     */
    static boolean serves(ProcessHandle process, Path dataDir) {
        Optional<String> command = process.info().command();
        if (command.isEmpty()
                || !Paths.get(command.get()).getFileName().toString().equals("postgres")) {
            return false;
        }
        if (Files.isDirectory(Paths.get("/proc/self"))) {
            try {
                // same device and inode: the folder itself, whatever path led to it
                return Files.isSameFile(Paths.get("/proc", Long.toString(process.pid()), "cwd"), dataDir);
            } catch (IOException | SecurityException e) {
                return false; // the process is gone, the folder does not exist, or the process is not ours to read
            }
        }
        return (" " + process.info().commandLine().orElse("") + " ").contains(" -D " + dataDir + " ");
    }

    /**
     * Stops the server the way {@code pg_ctl stop -m fast} does (SIGINT: sessions end, a checkpoint, a clean stop;
     * pg_ctl itself refuses to run as root), and kills it if it has not stopped after 30 seconds; PostgreSQL then
     * recovers from its write-ahead log at the next start. Returns whether the process is gone.
     */
    static boolean stop(ProcessHandle postmaster) {
        if (!postmaster.isAlive()) {
            return true;
        }
        if (!signalFastShutdown(postmaster.pid())) {
            postmaster.destroy();
        }
        if (awaitExit(postmaster, FAST_SHUTDOWN_SECONDS)) {
            return true;
        }
        postmaster.destroyForcibly();
        return awaitExit(postmaster, KILL_SECONDS);
    }

    private static boolean signalFastShutdown(long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", "INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean awaitExit(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
