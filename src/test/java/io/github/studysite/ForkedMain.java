package io.github.studysite;

import io.github.studysite.cli.Main;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link Main} in a JVM of its own, for what a test cannot do in-process: cap the heap, or kill a build outright.
 * Output goes to files under {@code logs}, so a full pipe can never stall the child.
 */
public final class ForkedMain {

    private ForkedMain() {
    }

    public static Process start(List<String> jvmOptions, Path logs, String... args) throws IOException {
        return start(null, jvmOptions, logs, args);
    }

    /** Starts {@link Main} with {@code workingDir} as the process's working directory (null: this one's). */
    public static Process start(Path workingDir, List<String> jvmOptions, Path logs, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(workingDir == null ? null : workingDir.toFile())
                .redirectOutput(logs.resolve("out.log").toFile())
                .redirectError(logs.resolve("err.log").toFile())
                .start();
    }
}
