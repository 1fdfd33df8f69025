package uz.roadmap.assessment;

/**
 * How long a mock interview gives each question: time to think after it is read, then time to answer.
 *
 * @param thinkSeconds 0 to 300; 30 by default
 * @param answerSeconds 30 to 900; 180 by default
 */
public record MockTiming(int thinkSeconds, int answerSeconds) {

    public static final MockTiming DEFAULT = new MockTiming(30, 180);

    public MockTiming {
        if (thinkSeconds < 0 || thinkSeconds > 300 || answerSeconds < 30 || answerSeconds > 900) {
            throw new IllegalArgumentException("Think time is 0 to 300 s, answer time 30 to 900 s");
        }
    }
}
