package org.shuangsheng.command.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;

/**
 * One area of the left menu with the entries the user may open, the page being shown marked.
 *
 * @param open whether the group holds the page being shown, so it stays unfolded whatever the
 *             user folded last time
 */
public record MenuGroup(NavigationArea area, List<Item> items, boolean open) {

    /** @param active the entry of the page being shown: the one whose href is its longest prefix */
    public record Item(NavigationEntry entry, boolean active) {
    }

    /** The areas in menu order, each with its visible entries in order; areas left empty are left out. */
    static List<MenuGroup> of(List<NavigationEntry> visible, String path) {
        NavigationEntry current = visible.stream().filter(e -> e.leadsTo(path))
                .max(Comparator.comparingInt(e -> e.href().length())).orElse(null);
        Map<NavigationArea, List<Item>> byArea = new LinkedHashMap<>();
        visible.stream()
                .sorted(Comparator.comparing(NavigationEntry::area).thenComparingInt(NavigationEntry::order))
                .forEach(e -> byArea.computeIfAbsent(e.area(), a -> new ArrayList<>())
                        .add(new Item(e, e == current)));
        return byArea.entrySet().stream().map(g -> new MenuGroup(g.getKey(), List.copyOf(g.getValue()),
                g.getValue().stream().anyMatch(Item::active))).toList();
    }
}
