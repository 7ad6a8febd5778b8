package vn.vigil.liberty;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Stands in for {@code ./mvnw -Prun verify} in a child JVM: it does in one JVM, in the same order, what the run
 * profile's goals do inside Maven's JVM. {@link EmbeddedDatabase} starts PostgreSQL on a data folder; then, given a
 * Liberty installation and a server name, it starts that server in the background as liberty-maven-plugin's start
 * goal does ({@code server start}) and hands over to {@link Foreground}. Without a server it stays alive, as Maven
 * does while the server runs.
 *
 * <p>Arguments: data folder [wlp server-name].
 */
public final class RunCommand {

    private RunCommand() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.main(new String[] {"run", args[0]});
        // what a long run does sooner or later: the folder's lock must outlive a garbage collection
        System.gc();
        if (args.length < 3) {
            System.out.println("[run-command] database ready");
            Thread.sleep(Long.MAX_VALUE);
            return;
        }
        Path wlp = Paths.get(args[1]);
        startServer(wlp, args[2]);
        Foreground.main(new String[] {wlp.toString(), "0", args[2]});
    }

    private static void startServer(Path wlp, String serverName) throws IOException, InterruptedException {
        ProcessBuilder start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", serverName)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        start.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int status = start.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("server start " + serverName + " ended with " + status);
        }
    }
}
