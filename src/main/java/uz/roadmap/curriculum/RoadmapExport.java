package uz.roadmap.curriculum;

import java.util.List;

import uz.roadmap.curriculum.Content.Question;
import uz.roadmap.curriculum.Content.SelfTestQuestion;
import uz.roadmap.curriculum.Content.Task;
import uz.roadmap.curriculum.Content.Topic;

/**
 * A whole roadmap in one document, in the shapes the API returns item by item (self-test items
 * without their answers).
 */
public record RoadmapExport(RoadmapOverview roadmap, List<Topic> topics, List<Question> questions,
        List<SelfTestQuestion> selfTestItems, List<Task> tasks) {
}
