package org.shuangsheng.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.region.internal.RegionUnit;
import org.shuangsheng.region.internal.RegionUnitRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the tree for pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class RegionQueries {

    public static final Sort TREE_ORDER = Sort.by("path");

    private final RegionUnitRepository units;

    RegionQueries(RegionUnitRepository units) {
        this.units = units;
    }

    public Optional<RegionView> find(String code) {
        return code == null ? Optional.empty() : units.findByCode(code).map(RegionUnit::view);
    }

    public List<RegionView> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return units.findByCodeIn(codes).stream().map(RegionUnit::view).toList();
    }

    public Page<RegionView> search(RegionFilter filter, Pageable pageable) {
        String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        String like = text == null ? null : "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        String codePrefix = text == null ? null : escapeLike(text) + "%";
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), TREE_ORDER);
        String within = null;
        if (blankToNull(filter.withinCode()) != null) {
            Optional<RegionView> ancestor = find(filter.withinCode().strip());
            if (ancestor.isEmpty()) {
                return Page.empty(ordered);
            }
            within = ancestor.get().path() + "/%";
        }
        return units.search(blankToNull(filter.parentCode()), within, filter.level(), filter.includeRetired(), like,
                codePrefix, ordered).map(RegionUnit::view);
    }

    /** The unit and its ancestors, from the top down, for breadcrumbs. */
    public List<RegionView> lineage(String code) {
        List<RegionView> lineage = new ArrayList<>();
        Optional<RegionView> current = find(code);
        while (current.isPresent() && lineage.size() < 16) {
            lineage.add(current.get());
            current = find(current.get().parentCode());
        }
        Collections.reverse(lineage);
        return lineage;
    }

    /** How many active children each of the given units has. */
    public Map<String, Long> activeChildCounts(Collection<String> codes) {
        Map<String, Long> counts = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Object[] row : units.countActiveChildren(codes)) {
                counts.put((String) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    /** How many active units of each level lie in the subtree of a unit, the unit included. */
    public Map<RegionLevel, Long> countByLevelWithin(String code) {
        Map<RegionLevel, Long> counts = new EnumMap<>(RegionLevel.class);
        find(code).ifPresent(unit -> {
            for (Object[] row : units.countByLevelWithin(unit.path(), unit.path() + "/%")) {
                counts.put((RegionLevel) row[0], (Long) row[1]);
            }
        });
        return counts;
    }

    /** The first active units of a level below a unit, in tree order. */
    public List<RegionView> firstWithin(String code, RegionLevel level, int limit) {
        return find(code)
                .map(unit -> units.findWithinAtLevel(unit.path() + "/%", level, PageRequest.of(0, limit))
                        .stream().map(RegionUnit::view).toList())
                .orElse(List.of());
    }

    public boolean isEmpty() {
        return units.count() == 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
