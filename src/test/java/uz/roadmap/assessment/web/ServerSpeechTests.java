package uz.roadmap.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's voice: espeak-ng run with the learner's language, and nothing (the page then says the
 * question is text only) when it is not installed.
 */
class ServerSpeechTests {

    @TempDir
    Path directory;

    @Test
    void withoutEspeakNothingIsSpoken() {
        var speech = new ServerSpeech(new ServerSpeech.Settings(directory.resolve("no-such-program").toString()));

        assertThat(speech.available()).isFalse();
        assertThat(speech.speak("Salom", "uz")).isEmpty();
    }

    @Test
    void espeakSpeaksTheQuestionInTheLearnersVoice() throws IOException {
        // stands in for espeak-ng: answers --version, and writes its arguments after a 44-byte WAV header
        var program = directory.resolve("espeak-ng");
        Files.writeString(program, """
                #!/bin/sh
                if [ "$1" = "--version" ]; then echo "eSpeak NG text-to-speech: 1.51"; exit 0; fi
                printf 'RIFF0000WAVEfmt 0000000000000000000000000000'
                echo "$@"
                """);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        var speech = new ServerSpeech(new ServerSpeech.Settings(program.toString()));

        assertThat(speech.available()).isTrue();
        assertThat(speech.speak("TCP nima?", "uz")).hasValueSatisfying(audio -> assertThat(new String(audio))
                .startsWith("RIFF").contains("-v uz --stdout TCP nima?"));
        assertThat(speech.speak("What is TCP?", "en")).hasValueSatisfying(audio -> assertThat(new String(audio))
                .contains("-v en --stdout What is TCP?"));
    }
}
