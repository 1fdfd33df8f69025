package uz.roadmap.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A learner's response to one item of an attempt: the options chosen (by their keys in the
 * attempt's order, for a choice item) or the text typed (for a short item), and how sure they were.
 */
public record Response(List<String> choices, String text, Certainty certainty, Instant answeredAt) {

    public Response {
        choices = List.copyOf(choices);
    }
}
