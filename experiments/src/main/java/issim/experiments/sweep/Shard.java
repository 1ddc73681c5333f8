package issim.experiments.sweep;

/**
 * Shard {@code index} (from 1) of {@code count}: the runs whose position mod count is index − 1.
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(
                    "expected i/n with 1 <= i <= n, found " + index + "/" + count);
        }
    }

    public static Shard all() {
        return new Shard(1, 1);
    }

    /** Parses "i/n"; null if it is not of that form. */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            return null;
        }
        try {
            return new Shard(
                    Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the run at {@code position} in the design's run order belongs to this shard. */
    public boolean owns(int position) {
        return position % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
