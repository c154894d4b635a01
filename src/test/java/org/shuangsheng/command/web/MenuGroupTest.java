package org.shuangsheng.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.Role;

/** The menu's groups from the entries a user may open; no Spring. */
class MenuGroupTest {

    private static NavigationEntry entry(String href, NavigationArea area, int order) {
        return new NavigationEntry("x" + href.replace('/', '.'), href, area, order, "circle", Set.of(Role.COMMANDER));
    }

    private static final NavigationEntry HOME = entry("/", NavigationArea.OVERVIEW, 0);
    private static final NavigationEntry REGIONS = entry("/regions", NavigationArea.SYSTEM, 90);
    private static final NavigationEntry SCREENING = entry("/screening-rounds", NavigationArea.PREVENTION, 25);
    private static final NavigationEntry HOUSEHOLDS = entry("/households", NavigationArea.PREVENTION, 20);
    private static final NavigationEntry FARMS = entry("/farms", NavigationArea.ECONOMY, 10);

    @Test
    void areasComeInMenuOrderWithTheirEntriesInOrderAndEmptyAreasLeftOut() {
        List<MenuGroup> menu = MenuGroup.of(List.of(REGIONS, SCREENING, HOME, HOUSEHOLDS), "/");

        assertThat(menu).extracting(MenuGroup::area)
                .containsExactly(NavigationArea.OVERVIEW, NavigationArea.PREVENTION, NavigationArea.SYSTEM);
        assertThat(menu.get(1).items()).extracting(MenuGroup.Item::entry).containsExactly(HOUSEHOLDS, SCREENING);
    }

    /** A module to come names its area and needs nothing else to show. */
    @Test
    void aNewAreasFirstEntryBringsTheAreaIntoTheMenu() {
        assertThat(MenuGroup.of(List.of(HOME, FARMS, REGIONS), "/farms/7")).extracting(MenuGroup::area)
                .containsExactly(NavigationArea.OVERVIEW, NavigationArea.ECONOMY, NavigationArea.SYSTEM);
    }

    @Test
    void onlyTheEntryOfThePageIsActiveAndOnlyItsGroupIsHeldOpen() {
        NavigationEntry keyAreas = entry("/screening-rounds/key-areas", NavigationArea.PREVENTION, 45);
        List<MenuGroup> menu = MenuGroup.of(List.of(HOME, SCREENING, keyAreas, REGIONS), "/screening-rounds/key-areas/3");

        assertThat(menu.stream().flatMap(g -> g.items().stream()).filter(MenuGroup.Item::active))
                .extracting(MenuGroup.Item::entry).containsExactly(keyAreas);
        assertThat(menu).extracting(MenuGroup::open).containsExactly(false, true, false);
    }
}
