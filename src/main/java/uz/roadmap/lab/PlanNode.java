package uz.roadmap.lab;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A node of a query plan as {@code EXPLAIN (ANALYZE, BUFFERS)} reported it.
 *
 * @param buffers shared buffers the node and its children touched (hit or read)
 * @param offending whether this node breaks one of the lab's plan rules
 */
public record PlanNode(String type, @Nullable String relation, @Nullable String index, long rows, long buffers,
        boolean offending, List<PlanNode> children) {

    public PlanNode {
        children = List.copyOf(children);
    }

    /** {@code Seq Scan on orders}, as a lab's rules name a node. */
    public String label() {
        return relation == null ? type : type + " on " + relation;
    }
}
