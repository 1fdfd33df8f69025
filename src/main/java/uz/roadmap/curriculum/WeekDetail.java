package uz.roadmap.curriculum;

import java.io.Serializable;
import java.util.List;

import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Content.Topic;
import uz.roadmap.curriculum.Content.Week;

/**
 * A week with its topics and practice tasks.
 */
public record WeekDetail(String roadmap, Week week, List<Topic> topics, List<Task> tasks) implements Serializable {
}
