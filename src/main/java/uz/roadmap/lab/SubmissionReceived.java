package uz.roadmap.lab;

import java.util.UUID;

/** A submission was stored and waits for the judge: the work item the worker takes up after the commit. */
record SubmissionReceived(UUID submission) {
}
