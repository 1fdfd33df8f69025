package uz.roadmap.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The audio containers browsers record into, told by their first bytes rather than by what the
 * client claims: WebM (Chrome, Firefox), Ogg (Firefox), MP4 (Safari) and WAV.
 */
enum AudioFormat {

    WEBM("audio/webm", "webm"), OGG("audio/ogg", "ogg"), MP4("audio/mp4", "m4a"), WAV("audio/wav", "wav");

    /** The fewest bytes that tell the format. */
    static final int HEADER = 12;

    private final String contentType;
    private final String extension;

    AudioFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /** The format the bytes begin with, if it is one of these. */
    static Optional<AudioFormat> of(byte[] start) {
        if (startsWith(start, 0, new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 })) {
            return Optional.of(WEBM);
        }
        if (startsWith(start, 0, ascii("OggS"))) {
            return Optional.of(OGG);
        }
        if (startsWith(start, 4, ascii("ftyp"))) {
            return Optional.of(MP4);
        }
        if (startsWith(start, 0, ascii("RIFF")) && startsWith(start, 8, ascii("WAVE"))) {
            return Optional.of(WAV);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
