package issim.scenarios;

/**
 * Text from the user's file as it is shown back in a message: control characters escaped (so that a
 * terminal escape code is printed as {@code \u001b}, not obeyed), and invisible format characters
 * too (a right-to-left override would reorder the line on screen) and cut short with an ellipsis
 * beyond {@value #MAX} characters.
 */
public final class Echo {
    /** The most characters of a value shown in a message. */
    static final int MAX = 80;

    private Echo() {}

    public static String of(String text) {
        return of(text, MAX);
    }

    static String of(String text, int max) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (shown == max) {
                return b.append('\u2026').toString();
            }
            if (Character.isISOControl(c)
                    || c == 0x2028
                    || c == 0x2029
                    || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
            shown++;
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
