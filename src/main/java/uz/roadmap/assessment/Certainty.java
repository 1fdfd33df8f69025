package uz.roadmap.assessment;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How sure a learner is of an answer, and what it earns under certainty-based marking
 * (Gardner-Medwin's scheme, as in LAPT and Moodle): a correct answer earns 1, 2 or 3 marks; a wrong
 * one 0, −2 or −6. Each certainty pays best in its own range of the chance of being right: low below
 * 67 %, medium from 67 to 80 %, high above 80 %, so the marks reward knowing how much one knows.
 */
public enum Certainty {

    LOW(1, 1, 0, 0, 67),
    MEDIUM(2, 2, -2, 67, 80),
    HIGH(3, 3, -6, 80, 100);

    private final int level;
    private final int marksIfCorrect;
    private final int marksIfWrong;
    private final int paysFromPercent;
    private final int paysToPercent;

    Certainty(int level, int marksIfCorrect, int marksIfWrong, int paysFromPercent, int paysToPercent) {
        this.level = level;
        this.marksIfCorrect = marksIfCorrect;
        this.marksIfWrong = marksIfWrong;
        this.paysFromPercent = paysFromPercent;
        this.paysToPercent = paysToPercent;
    }

    /** 1 low, 2 medium, 3 high: how a certainty is written, in JSON too. */
    @JsonValue
    public int level() {
        return level;
    }

    public static Optional<Certainty> of(int level) {
        return Arrays.stream(values()).filter(certainty -> certainty.level == level).findFirst();
    }

    @JsonCreator
    static Certainty read(int level) {
        return of(level).orElseThrow(() -> new IllegalArgumentException("certainty is 1, 2 or 3, not " + level));
    }

    public int marks(boolean correct) {
        return correct ? marksIfCorrect : marksIfWrong;
    }

    /** The lowest share of right answers (in percent) at which this certainty pays best. */
    public int paysFromPercent() {
        return paysFromPercent;
    }

    /** The highest share of right answers (in percent) at which this certainty pays best. */
    public int paysToPercent() {
        return paysToPercent;
    }

    /** Whether answers given at this certainty, right this often, were marked at the certainty that pays. */
    Calibration calibrationAt(double accuracy) {
        var percent = accuracy * 100;
        if (percent < paysFromPercent) {
            return Calibration.OVER_CONFIDENT;
        }
        if (percent > paysToPercent || this == LOW && percent >= paysToPercent) {
            return Calibration.UNDER_CONFIDENT;
        }
        return Calibration.CALIBRATED;
    }

    /** How a learner's certainty compared with how often they were right. */
    public enum Calibration {
        CALIBRATED, OVER_CONFIDENT, UNDER_CONFIDENT, NOT_ENOUGH_ANSWERS
    }
}
