package vn.vigil.liberty;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes the embedded database's data folder ready for a new run, also after a crash: a run command killed with
 * {@code kill -9}, by the out-of-memory killer or a power cut leaves its PostgreSQL running on the folder, or a
 * {@code postmaster.pid} naming a process that is gone or is now another program.
 *
 * <p>A run that is still alive holds zonky's lock file {@code epg-lock} in the folder for its whole life (the kernel
 * drops the lock when that process ends, however it ends). So when the lock is free, whatever PostgreSQL still works
 * on the folder is an orphan: it is stopped (only the one whose data directory is this folder), PostgreSQL recovers
 * from its write-ahead log at the next start, and a stale {@code postmaster.pid} is removed when it would stop
 * PostgreSQL from starting. When the lock is taken, nothing is touched and the caller learns which process holds it.
 */
final class DataFolder {

    /** The file zonky's EmbeddedPostgres locks (FileChannel.tryLock, a POSIX lock) while it runs a database. */
    static final String LOCK_FILE = "epg-lock";

    private static final long LEFTOVER_EXIT_SECONDS = 10;

    private DataFolder() {}

    /** Claims the folder for a new embedded PostgreSQL, or says in one sentence why it cannot. */
    static void claim(Path dataDir) throws DataFolderUnavailable {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            // never run, or not by zonky: nothing holds it, and initdb wants an empty new folder
            clearLeftovers(dataDir);
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new DataFolderUnavailable(inUse(dataDir, lockHolder(lockFile)));
            }
            clearLeftovers(dataDir);
        } catch (OverlappingFileLockException e) {
            throw new DataFolderUnavailable(
                    inUse(dataDir, Optional.of(ProcessHandle.current().pid())));
        } catch (IOException e) {
            throw new DataFolderUnavailable(
                    "Cannot use the data folder " + dataDir + " (" + e + "): check that it is yours and writable.");
        }
    }

    private static void clearLeftovers(Path dataDir) throws DataFolderUnavailable {
        Optional<ProcessHandle> orphan = Postmaster.of(dataDir);
        if (orphan.isPresent()) {
            long pid = orphan.get().pid();
            System.out.printf(
                    "[vigil] Stopping the PostgreSQL (process %d) that an earlier run left running on %s%n",
                    pid, dataDir);
            if (!Postmaster.stop(orphan.get())) {
                throw new DataFolderUnavailable("The PostgreSQL (process " + pid + ") that an earlier run left on "
                        + dataDir + " does not stop: stop it with kill -9 " + pid + " and run again.");
            }
        }
        // backends of a postmaster that was killed itself end on their own; wait for them, they still use the folder
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> Postmaster.serves(p, dataDir))
                .toList();
        for (ProcessHandle leftover : leftovers) {
            try {
                leftover.onExit().get(LEFTOVER_EXIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                leftover.destroyForcibly();
            }
            if (leftover.isAlive()) {
                throw new DataFolderUnavailable("A PostgreSQL process (" + leftover.pid() + ") of an earlier run still"
                        + " works on " + dataDir + ": stop it with kill -9 " + leftover.pid() + " and run again.");
            }
        }
        removeStalePidFile(dataDir);
    }

    /**
     * No process serves the folder any more. PostgreSQL itself ignores a postmaster.pid whose process is gone, but
     * refuses to start while the process id it names is alive, which after a reboot can be any other program.
     */
    private static void removeStalePidFile(Path dataDir) throws DataFolderUnavailable {
        Optional<Long> pid = Postmaster.pidInFile(dataDir);
        Optional<ProcessHandle> named = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (named.isEmpty()) {
            return;
        }
        if (named.get().info().command().isEmpty()) {
            throw new DataFolderUnavailable(dataDir.resolve("postmaster.pid") + " names process " + pid.get()
                    + ", which this run cannot inspect: if it is not a PostgreSQL working on this folder, delete"
                    + " that file and run again.");
        }
        try {
            Files.delete(dataDir.resolve("postmaster.pid"));
            System.out.printf(
                    "[vigil] Removed the stale postmaster.pid of a crashed run from %s (it named process %d, now %s)%n",
                    dataDir, pid.get(), named.get().info().command().get());
        } catch (IOException e) {
            throw new DataFolderUnavailable("Cannot remove the stale " + dataDir.resolve("postmaster.pid") + " ("
                    + e.getMessage() + "): delete it and run again.");
        }
    }

    private static String inUse(Path dataDir, Optional<Long> holder) {
        if (holder.isEmpty()) {
            return "The data folder " + dataDir + " is in use by another running Vigil (it holds " + LOCK_FILE
                    + "): stop that run with Ctrl+C in its window, or give this one another folder with"
                    + " -Dvigil.data.dir=...";
        }
        long pid = holder.get();
        String command = ProcessHandle.of(pid)
                .flatMap(p -> p.info().command())
                .map(c -> Paths.get(c).getFileName().toString())
                .orElse("a process");
        return "The data folder " + dataDir + " is in use by another running Vigil (process " + pid + ", " + command
                + "): stop that run with Ctrl+C in its window or kill " + pid
                + ", or give this one another folder with -Dvigil.data.dir=...";
    }

    /** The process holding a POSIX lock on the file, from /proc/locks (Linux); empty where that cannot be read. */
    static Optional<Long> lockHolder(Path lockFile) {
        Path locks = Paths.get("/proc/locks");
        try {
            long inode = ((Number) Files.getAttribute(lockFile, "unix:ino")).longValue();
            long dev = ((Number) Files.getAttribute(lockFile, "unix:dev")).longValue();
            String device = String.format("%02x:%02x:%d", major(dev), minor(dev), inode);
            for (String line : Files.readAllLines(locks)) {
                // "1: POSIX  ADVISORY  WRITE 4711 fe:00:2163369 0 EOF"; a waiting request has "->" after the number
                String[] f = line.trim().split("\\s+");
                if (f.length >= 6 && !f[1].equals("->") && f[5].equals(device)) {
                    return Optional.of(Long.parseLong(f[4]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: the message then names no process
        }
        return Optional.empty();
    }

    private static long major(long dev) {
        return ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
    }

    private static long minor(long dev) {
        return (dev & 0xff) | ((dev >>> 12) & ~0xffL);
    }
}
