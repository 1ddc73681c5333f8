package issim.scenarios;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strict UTF-8 decoding of a scenario file: a file in another encoding is refused at the first byte
 * that is not UTF-8, with its line, column and byte offset, rather than read as garbage.
 */
final class Utf8 {
    private Utf8() {}

    /** The text of {@code bytes}, or null with the problem added to {@code errors}. */
    static String decode(String file, byte[] bytes, List<ScenarioError> errors) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            errors.add(
                    new ScenarioError(
                            new Position(file, 1, 1),
                            "",
                            "UTF-8 text",
                            "UTF-16 text (a byte-order mark 0x"
                                    + hex(bytes[0])
                                    + hex(bytes[1])
                                    + " at byte 0); save the file as UTF-8"));
            return null;
        }
        int start =
                bytes.length >= 3
                                && bytes[0] == (byte) 0xEF
                                && bytes[1] == (byte) 0xBB
                                && bytes[2] == (byte) 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            out.flip();
            String before = out.toString();
            errors.add(
                    new ScenarioError(
                            positionOf(file, before, before.length()),
                            "",
                            "UTF-8 text",
                            "the byte 0x"
                                    + hex(bytes[offset])
                                    + " at byte offset "
                                    + offset
                                    + ", which is not UTF-8 (is the file Latin-1, Windows-1252"
                                    + " or binary?)"));
            return null;
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            errors.add(
                    new ScenarioError(
                            positionOf(file, text, nul),
                            "",
                            "UTF-8 text",
                            "a NUL character (a binary file?)"));
            return null;
        }
        return text;
    }

    private static Position positionOf(String file, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, index - lineStart + 1);
    }

    private static String hex(byte b) {
        return String.format("%02X", b & 0xFF);
    }
}
