package io.github.studysite.config;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a folder a user named into the one absolute path every later step uses: a relative path resolved a second
 * time, against another base, names another folder ({@code ../../x1} from {@code /tmp/x/proj}, resolved against
 * {@code /tmp/x1}, is {@code /x1}).
 */
public final class UserPaths {

    private UserPaths() {
    }

    /**
     * {@code given} resolved against {@code base} (an absolute {@code given} stands as it is), then normalised the way
     * the operating system reads it: {@code ..} after a symbolic link climbs out of the link's target, as {@code ls}
     * and the build's own file reads would, so the part up to the last {@code ..} is resolved on disk when it exists;
     * the rest is normalised as text.
     *
     * @param base an absolute folder: the working directory for {@code Main}, the project folder for the rest
     */
    public static Path resolve(Path base, Path given) {
        Path path = base.toAbsolutePath().resolve(given);
        int last = -1;
        for (int i = 0; i < path.getNameCount(); i++) {
            if (path.getName(i).toString().equals("..")) {
                last = i;
            }
        }
        if (last < 0) {
            return path.normalize();
        }
        Path head = path.getRoot().resolve(path.subpath(0, last + 1));
        Path physical;
        try {
            physical = head.toRealPath();
        } catch (IOException e) {
            physical = head.normalize(); // it does not exist: the build reports the missing folder by this name
        }
        return last + 1 == path.getNameCount() ? physical
                : physical.resolve(path.subpath(last + 1, path.getNameCount())).normalize();
    }
}
