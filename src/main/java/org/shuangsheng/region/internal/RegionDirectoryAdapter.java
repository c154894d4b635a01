package org.shuangsheng.region.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.shared.RegionPath;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RegionDirectoryAdapter implements RegionDirectory {

    private final RegionUnitRepository units;

    RegionDirectoryAdapter(RegionUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> pathsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return units.findByCodeIn(codes).stream().filter(u -> !u.isRetired())
                .collect(Collectors.toMap(RegionUnit::getCode, RegionUnit::getPath));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> placesOf(Collection<String> paths) {
        Set<String> lineages = new LinkedHashSet<>();
        for (String path : paths) {
            parsed(path).ifPresent(p -> {
                for (RegionPath at = p; at != null; at = at.parent().orElse(null)) {
                    lineages.add(at.value());
                }
            });
        }
        if (lineages.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = units.findByPathInAndRetiredFalse(lineages).stream()
                .collect(Collectors.toMap(RegionUnit::getPath, RegionUnit::getName));
        Map<String, String> places = new HashMap<>();
        for (String path : paths) {
            parsed(path).filter(p -> names.containsKey(p.value())).ifPresent(p -> places.put(path, place(p, names)));
        }
        return places;
    }

    /** The names below the top unit, joined; the top unit alone is named by itself. */
    private static String place(RegionPath path, Map<String, String> names) {
        List<String> segments = path.segments();
        if (segments.size() == 1) {
            return names.get(path.value());
        }
        List<String> parts = new ArrayList<>();
        RegionPath at = RegionPath.root(segments.get(0));
        for (String segment : segments.subList(1, segments.size())) {
            at = at.child(segment);
            parts.add(names.getOrDefault(at.value(), segment));
        }
        return String.join(" · ", parts);
    }

    private static Optional<RegionPath> parsed(String path) {
        try {
            return path == null ? Optional.empty() : Optional.of(RegionPath.of(path));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> choicesWithin(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<RegionUnit> roots = units.findByCodeIn(codes).stream().filter(u -> !u.isRetired()).toList();
        List<RegionUnit> children = roots.isEmpty() ? List.of()
                : units.findByParentCodeInAndRetiredFalse(roots.stream().map(RegionUnit::getCode).toList());
        List<RegionUnit> grandchildren = children.isEmpty() ? List.of()
                : units.findByParentCodeInAndRetiredFalse(children.stream().map(RegionUnit::getCode).toList());
        Map<String, Integer> depthOf = new HashMap<>();
        roots.forEach(u -> depthOf.put(u.getCode(), 0));
        children.forEach(u -> depthOf.putIfAbsent(u.getCode(), 1));
        grandchildren.forEach(u -> depthOf.putIfAbsent(u.getCode(), 2));
        Map<String, RegionUnit> byCode = new HashMap<>();
        for (List<RegionUnit> level : List.of(roots, children, grandchildren)) {
            level.forEach(u -> byCode.putIfAbsent(u.getCode(), u));
        }
        return byCode.values().stream().sorted(Comparator.comparing(RegionUnit::getPath))
                .map(u -> new Choice(u.getCode(), u.getName(), depthOf.get(u.getCode()))).toList();
    }
}
