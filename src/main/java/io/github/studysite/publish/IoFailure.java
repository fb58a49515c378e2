package io.github.studysite.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The operating system's reason for a failed file operation, in its own words ("No space left on device",
 * "Read-only file system", "Permission denied"), for messages that say what could not be written and why. Java
 * carries the reason in the message of a plain {@link IOException} (a failed write) and in
 * {@link FileSystemException#getReason()}, but leaves it out of the commonest subclasses, whose message is only the
 * path: those are named here as {@code strerror} names them.
 */
public final class IoFailure {

    private IoFailure() {
    }

    /** Why {@code e} happened, e.g. {@code No space left on device}. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null && !fs.getReason().isBlank()) {
                return fs.getReason();
            }
            if (e instanceof AccessDeniedException) {
                return "Permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "File exists";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "Directory not empty";
            }
            if (e instanceof NotDirectoryException) {
                return "Not a directory";
            }
            if (e instanceof FileSystemLoopException) {
                return "Too many levels of symbolic links";
            }
            return e.getClass().getSimpleName();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The file (and the other file of a move) and the reason: {@code /site/.x: Read-only file system}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason(e);
        }
        return reason(e);
    }
}
