package uz.roadmap.review.scheduling;

/**
 * How well a learner recalled a card, as in Anki: 1 Again (forgot), 2 Hard, 3 Good, 4 Easy.
 */
public enum Rating {

    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public static Rating ofGrade(int grade) {
        for (var rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("A rating is 1 to 4, not " + grade);
    }
}
