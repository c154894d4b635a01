package org.shuangsheng.command.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.command.RegionTree;
import org.shuangsheng.command.RegionTree.Node;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Gathers the indicators every module contributes for a day and a region the caller may see.
 * A region outside the caller's scope answers as if it did not exist.
 */
@Service
public class Dashboard {

    private static final Logger log = LoggerFactory.getLogger(Dashboard.class);

    /** What the dashboard shows: the region, its breadcrumb, the day and the figures. */
    public record Figures(Node region, List<Node> lineage, LocalDate date, List<Indicator> indicators) {
    }

    private final List<IndicatorContribution> contributions;
    private final RegionTree regions;
    private final DataScopes scopes;
    private final Clock clock;

    Dashboard(List<IndicatorContribution> contributions, RegionTree regions, DataScopes scopes, Clock clock) {
        this.contributions = List.copyOf(contributions);
        this.regions = regions;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Today in the district's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures for a region (the caller's own top region when {@code regionCode} is blank)
     * on a day (today when {@code date} is null).
     *
     * @throws NotFoundException when the region is unknown or outside the caller's scope
     */
    public Figures figures(String regionCode, LocalDate date) {
        Node region = regionCode == null || regionCode.isBlank() ? defaultRegion() : visible(regionCode.strip());
        return figuresOf(region, date == null ? today() : date);
    }

    /**
     * The figures for a region the caller has already checked, with nobody signed in: the
     * scheduled briefing of the whole district.
     */
    public Figures figuresOf(Node region, LocalDate day) {
        IndicatorQuery query = new IndicatorQuery(day, region.code(), region.path());
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorContribution contribution : contributions) {
            try {
                indicators.addAll(contribution.indicators(query));
            } catch (RuntimeException e) {
                // One broken module must not blank the commander's wall screen.
                log.warn("Indicator contribution {} failed for {}", contribution.getClass().getName(), query, e);
            }
        }
        indicators.sort(Comparator.comparing(Indicator::area));
        return new Figures(region, regions.lineage(region.code()), day, List.copyOf(indicators));
    }

    private Node visible(String code) {
        Node node = regions.find(code).orElseThrow(() -> new NotFoundException("region"));
        if (!(scopes.current() instanceof DataScope.Regions scope) || !scope.covers(node.path())) {
            throw new NotFoundException("region");
        }
        return node;
    }

    /** The top-most region of the caller's scope: the district for the commander, its subdistrict for an officer. */
    private Node defaultRegion() {
        Scope scope = CurrentUser.scope().orElseThrow(() -> new NotFoundException("region"));
        Optional<Node> top = scope.regionCodes().stream().map(regions::find).flatMap(Optional::stream)
                .min(Comparator.comparingInt((Node n) -> n.path().length()).thenComparing(Node::path));
        return top.orElseThrow(() -> new NotFoundException("region"));
    }
}
