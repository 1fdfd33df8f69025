package uz.roadmap.assessment.web;

import uz.roadmap.assessment.AttemptStatus;
import uz.roadmap.assessment.SelfTests.InvalidAnswer.Reason;

/**
 * Why a response or a request was refused, in the words API clients read (pages use the message bundles).
 */
final class SelfTestTexts {

    private SelfTestTexts() {
    }

    static String reason(Reason reason) {
        return switch (reason) {
            case NO_CERTAINTY -> "Certainty must be 1 (low), 2 (medium) or 3 (high)";
            case NO_CHOICE -> "Choose at least one option";
            case NOT_AN_OPTION -> "A chosen key is not an option of this item";
            case REPEATED_CHOICE -> "An option is chosen twice";
            case ONE_CHOICE_ONLY -> "This item has one right option: choose one";
            case TEXT_FOR_CHOICE_ITEM -> "This item is answered by choosing options, not with text";
            case CHOICES_FOR_SHORT_ITEM -> "This item is answered with text, not by choosing options";
            case NO_TEXT -> "Type an answer";
            case TEXT_TOO_LONG -> "A short answer has at most 200 characters";
        };
    }

    static String closed(AttemptStatus status) {
        return status == AttemptStatus.EXPIRED ? "Time is up: the attempt was submitted as it stood"
                : "The attempt is submitted: its answers no longer change";
    }
}
