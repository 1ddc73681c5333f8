package issim.experiments.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A shard's JSON Lines file, open for appending by one process: each record is one write of one
 * line, so a process killed mid-write leaves at most a torn last line, which is cut off when the
 * file is next opened (and ignored by readers until then). A second process on the same shard is
 * refused while the first holds the file's lock.
 */
final class ShardLog implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    /** Thrown when another process is appending to the same shard. */
    static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(Path file) {
            super(file + " is being written by another process (the same shard running twice)");
        }
    }

    private ShardLog(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ShardLog open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch =
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new BusyException(file);
        }
        ch.truncate(completeLength(ch));
        ch.position(ch.size());
        return new ShardLog(ch, lock);
    }

    /** Appends {@code line} and its newline in one write. */
    synchronized void append(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** The length up to and including the last newline: the complete lines. */
    private static long completeLength(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = size - 1; at >= 0; at--) {
            one.clear();
            ch.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
