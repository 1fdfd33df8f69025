package uz.roadmap.curriculum;

import java.io.Serializable;

/**
 * Where an item of content was written: a file relative to the content root and a 1-based line.
 */
public record Source(String file, int line) implements Serializable {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
