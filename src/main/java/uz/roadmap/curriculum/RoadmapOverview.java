package uz.roadmap.curriculum;

import java.io.Serializable;
import java.util.List;

import uz.roadmap.curriculum.Content.Rules;
import uz.roadmap.curriculum.Content.Week;
import uz.roadmap.shared.LocalizedText;

/**
 * A roadmap with its goal, its rules and its weeks, without the items of each week.
 */
public record RoadmapOverview(String slug, LocalizedText title, List<LocalizedText> goal, LocalizedText principle,
        Rules rules, List<Week> weeks) implements Serializable {

    /** What the catalog keeps of the roadmap itself. */
    public record Header(String slug, LocalizedText title, List<LocalizedText> goal, LocalizedText principle,
            Rules rules) implements Serializable {
    }

    static RoadmapOverview of(Header header, List<Week> weeks) {
        return new RoadmapOverview(header.slug(), header.title(), header.goal(), header.principle(), header.rules(),
                weeks);
    }
}
