package io.kervan.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The provisioned WildFly started as a child process, and stopped with it. */
public final class WildFlyProcess {

    /**
     * The JVM options Kervan runs and is measured with, unless {@code JAVA_OPTS} is set. {@code CICompilerCount=6}
     * (two C1 and four C2 compiler threads, started only while there is code to compile): on 2 cores the JVM makes one
     * C2 thread, and under load it gets one thread's share of the CPU among dozens, so a fresh server ran for many
     * minutes with code the JIT had queued but not yet compiled.
     */
    private static final String JAVA_OPTS =
            "-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:CICompilerCount=6 -Djava.net.preferIPv4Stack=true";

    private final Process process;

    private WildFlyProcess(Process process) {
        this.process = process;
    }

    public static WildFlyProcess start(Path serverDir, List<String> systemProperties, boolean inheritOutput) {
        return start(serverDir, systemProperties, inheritOutput ? null
                : serverDir.resolve("standalone/log/console.log"));
    }

    /** @param consoleLog where the server's console output goes; null: this process's own output */
    public static WildFlyProcess start(Path serverDir, List<String> systemProperties, Path consoleLog) {
        List<String> command = new ArrayList<>();
        command.add(serverDir.resolve("bin/standalone.sh").toString());
        command.addAll(systemProperties);
        ProcessBuilder builder = new ProcessBuilder(command).directory(serverDir.toFile());
        // Lets standalone.sh forward SIGTERM to the server JVM instead of leaving it behind.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().putIfAbsent("JAVA_OPTS", JAVA_OPTS);
        if (consoleLog == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(consoleLog.toFile());
        }
        try {
            return new WildFlyProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("WildFly did not start", e);
        }
    }

    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the server at once ({@code SIGKILL}), as a crash or a power cut would: nothing is shut down cleanly. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }
}
