package uz.roadmap.curriculum;

import org.springframework.modulith.events.Externalized;

/**
 * New or changed content of a roadmap was imported into the catalog.
 */
@Externalized("roadmap.events::curriculum.content-imported")
public record ContentImported(String roadmap, String checksum) {
}
