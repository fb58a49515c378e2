package io.github.studysite.init;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code studysite --init [dir]}: the scaffold from the command line, with the plugin's own coordinates. */
public final class InitCommand {

    private InitCommand() {
    }

    /** Scaffolds {@code folder}; returns the process exit code (1 when it refused or failed). */
    public static int run(Path folder, PrintStream out, PrintStream err) {
        Scaffold.Result result;
        try {
            result = Scaffold.into(folder, PluginCoordinates.own());
        } catch (IOException e) {
            err.println("[ERROR] cannot write the new repository in " + folder + ": " + e.getMessage());
            return 1;
        }
        if (result.refused()) {
            for (String existing : result.existing()) {
                err.println("[ERROR] already exists: " + existing);
            }
            err.println("Nothing was written: " + folder + " already has " + result.existing().size()
                    + " of the files --init writes. Run it in an empty folder.");
            return 1;
        }
        for (String written : result.written()) {
            out.println("created " + written);
        }
        out.println("Next: build it (studysite " + folder + "), then edit the notes in content/");
        return 0;
    }
}
