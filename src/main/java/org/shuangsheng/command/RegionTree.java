package org.shuangsheng.command;

import java.util.List;
import java.util.Optional;

/**
 * The district's tree as the dashboard needs it for drill-down and breadcrumbs. The region
 * module provides it, so that the command module depends on no business module.
 */
public interface RegionTree {

    /** An active unit by its code. */
    Optional<Node> find(String code);

    /** The active children of a unit, in tree order. */
    List<Node> children(String code);

    /** The unit and its ancestors, from the top down; empty for an unknown code. */
    List<Node> lineage(String code);

    /**
     * One unit of the tree.
     *
     * @param level {@code DISTRICT}, {@code SUBDISTRICT}, {@code COMMUNITY} or {@code GRID}
     */
    record Node(String code, String name, String level, String path) {
    }
}
