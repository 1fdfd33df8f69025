package uz.roadmap.curriculum;

import java.io.Serializable;
import java.util.List;

import uz.roadmap.curriculum.Content.Question;

/**
 * One page of questions.
 *
 * @param page the page number, from 0
 * @param totalItems how many questions match in all
 */
public record QuestionPage(List<Question> items, int page, int size, long totalItems) implements Serializable {

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}
