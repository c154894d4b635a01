package org.shuangsheng.region.internal;

import java.util.List;
import java.util.Optional;
import org.shuangsheng.command.RegionTree;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The tree as the command module's dashboard walks it: active units only. */
@Component
class RegionTreeAdapter implements RegionTree {

    /** More children than any unit of a city has; the dashboard shows them all. */
    static final int MAX_CHILDREN = 5000;

    private final RegionQueries queries;

    RegionTreeAdapter(RegionQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Node> find(String code) {
        return queries.find(code).filter(unit -> !unit.retired()).map(RegionTreeAdapter::node);
    }

    @Override
    public List<Node> children(String code) {
        return queries.search(new RegionFilter(code, null, null, null, false), PageRequest.of(0, MAX_CHILDREN))
                .map(RegionTreeAdapter::node).getContent();
    }

    @Override
    public List<Node> lineage(String code) {
        return queries.lineage(code).stream().map(RegionTreeAdapter::node).toList();
    }

    private static Node node(RegionView unit) {
        return new Node(unit.code(), unit.name(), unit.level().name(), unit.path());
    }
}
