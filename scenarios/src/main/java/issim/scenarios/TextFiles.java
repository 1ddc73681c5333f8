package issim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads a YAML input file safely: its type and size are checked before it is read (a directory,
 * device, FIFO or socket, or a file over {@value #MAX_BYTES} bytes, is refused unread) and it is
 * decoded strictly as UTF-8.
 */
public final class TextFiles {
    /** The largest file read, in bytes (1 MiB). */
    public static final int MAX_BYTES = 1 << 20;

    private TextFiles() {}

    /**
     * Why an operation on a file failed, in the operating system's words ("Permission denied", "Not
     * a directory", "No space left on device"), without the paths Java puts in its messages.
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null && !f.getReason().isBlank()) {
                return f.getReason();
            }
            if (f instanceof AccessDeniedException) {
                return "Permission denied";
            }
            if (f instanceof NoSuchFileException) {
                return "No such file or directory";
            }
            if (f instanceof NotDirectoryException) {
                return "Not a directory";
            }
            if (f instanceof FileAlreadyExistsException) {
                return "File exists";
            }
            if (f instanceof DirectoryNotEmptyException) {
                return "Directory not empty";
            }
            if (f instanceof NotLinkException) {
                return "Not a link";
            }
            return "cannot be used";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /**
     * The text of {@code path}, or null with the problem added to {@code errors}: at {@code from},
     * for {@code field}, if the file is of the wrong kind or too large; in the file itself if it is
     * not UTF-8. {@code kind} names what was expected ("scenario file").
     *
     * @throws java.nio.file.NoSuchFileException if there is no file at {@code path}
     * @throws IOException if it cannot be read
     */
    public static String read(
            Path path, Position from, String field, String kind, List<ScenarioError> errors)
            throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            errors.add(
                    new ScenarioError(
                            from,
                            field,
                            "a " + kind,
                            path
                                    + (attributes.isDirectory()
                                            ? ", which is a directory"
                                            : ", which is not a regular file (a device, a"
                                                    + " FIFO or a socket)")));
            return null;
        }
        if (attributes.size() > MAX_BYTES) {
            errors.add(
                    new ScenarioError(
                            from,
                            field,
                            "a " + kind + " of at most " + MAX_BYTES + " bytes",
                            path + " of " + attributes.size() + " bytes"));
            return null;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            errors.add(
                    new ScenarioError(
                            from,
                            field,
                            "a " + kind + " of at most " + MAX_BYTES + " bytes",
                            path + " of more than " + MAX_BYTES + " bytes"));
            return null;
        }
        return Utf8.decode(path.toString(), bytes, errors);
    }
}
