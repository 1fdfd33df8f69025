package uz.roadmap.progress;

import java.util.List;

/**
 * A learner's competency matrix: every topic of the roadmap, week by week, with its level and the
 * evidence behind it.
 *
 * @param available the kinds of evidence gathered so far; rules needing others are not yet available
 */
public record Matrix(String roadmap, List<TopicProgress> topics, List<EvidenceKind> available) {

    /** How many topics are at each level, 0 to 3. */
    public int[] levels() {
        var counts = new int[4];
        topics.forEach(topic -> counts[topic.level()]++);
        return counts;
    }

    public long slipping() {
        return topics.stream().filter(TopicProgress::slipping).count();
    }
}
