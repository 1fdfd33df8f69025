package uz.roadmap.progress;

/**
 * The kinds of evidence a level rule can ask for. Each is available once a feed of it exists:
 * a module that publishes it and a listener here that records it.
 */
public enum EvidenceKind {
    /** Written answers with their key-point coverage, and recall of the questions' cards. */
    QUESTIONS,
    /** Scores of the topic's items in weekly self-tests. */
    SELF_TEST,
    /** Passed labs (auto-graded practice). */
    LAB,
    /** Scores of the topic in mock interviews. */
    MOCK_INTERVIEW,
    /** A mentor's sign-off of the topic. */
    SIGN_OFF
}
