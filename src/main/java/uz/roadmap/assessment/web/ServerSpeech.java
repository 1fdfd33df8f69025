package uz.roadmap.assessment.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Speaks a question on the server with espeak-ng (which has an Uzbek voice), for browsers without a
 * voice in the learner's language. The container image installs it; in local mode it is used when
 * it is on the path. Without it, a question is shown as text only, and the page says so.
 */
@Component
class ServerSpeech {

    private static final Logger log = LoggerFactory.getLogger(ServerSpeech.class);
    private static final int MAX_TEXT = 2000;

    private final String command;
    private volatile Boolean available;

    /**
     * The server's voice ({@code roadmap.assessment.speech.*}).
     *
     * @param command the espeak-ng program to run (a name on the path, or a full path)
     */
    @ConfigurationProperties("roadmap.assessment.speech")
    record Settings(@DefaultValue("espeak-ng") String command) {
    }

    ServerSpeech(Settings settings) {
        this.command = settings.command();
    }

    /** Whether espeak-ng is there to speak. */
    boolean available() {
        if (available == null) {
            available = run(List.of(command, "--version")).isPresent();
        }
        return available;
    }

    /** The text spoken in the language ({@code uz} or {@code en}), as WAV audio; nothing when it cannot be spoken. */
    Optional<byte[]> speak(String text, String language) {
        if (!available()) {
            return Optional.empty();
        }
        var voice = "en".equals(language) ? "en" : "uz";
        var spoken = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        return run(List.of(command, "-v", voice, "--stdout", spoken)).filter(audio -> audio.length > 44);
    }

    private static Optional<byte[]> run(List<String> arguments) {
        try {
            var process = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            var output = process.getInputStream().readAllBytes();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        }
        catch (IOException missing) {
            log.debug("No server speech: {}", missing.getMessage());
            return Optional.empty();
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
