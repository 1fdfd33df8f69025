package uz.roadmap.progress;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A source of evidence: listens to a module's events and records them in the read model, and can
 * tell them again from that module's records for a rebuild. The kinds of evidence the level rules
 * can use are those some feed provides; a module that lands later (labs, mock interviews) adds one
 * feed — a listener and a replay — and its rules turn from "not yet available" into live ones.
 */
interface EvidenceFeed {

    Set<EvidenceKind> kinds();

    /** Every learner this feed's module has records of. */
    List<UUID> learners();

    /** Records again everything the module's records say of the learner. */
    void replay(UUID learner);
}
