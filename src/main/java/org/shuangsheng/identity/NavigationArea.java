package org.shuangsheng.identity;

import java.util.Locale;

/**
 * The group of the main menu an entry belongs to, in the order the menu shows them. A module
 * names its area in its {@link NavigationEntry}; an area with no entry the user may open is not
 * shown, so an area waits empty until its first module arrives.
 */
public enum NavigationArea {

    /** Home, messages and the command's own pages, above the groups and without a heading. */
    OVERVIEW(null, null),
    /** 疫情防控: households, screening, quarantine, key areas; checkpoints, duty and supplies to come. */
    PREVENTION("nav.area.prevention", "shield-plus"),
    /** 复工复产: enterprises, their filings, daily reports and returning workers. */
    RESUMPTION("nav.area.resumption", "building-gear"),
    /** 经济发展: farming and the economy's other work as it arrives. */
    ECONOMY("nav.area.economy", "graph-up-arrow"),
    /** 系统: regions, accounts, audit, retention. */
    SYSTEM("nav.area.system", "gear");

    private final String labelKey;

    private final String icon;

    NavigationArea(String labelKey, String icon) {
        this.labelKey = labelKey;
        this.icon = icon;
    }

    /** Message key of the group's heading; null for the entries above the groups. */
    public String labelKey() {
        return labelKey;
    }

    /** Bootstrap Icons name of the heading, shown alone when the menu is folded to icons. */
    public String icon() {
        return icon;
    }

    /** The element id of the group's list, which remembers whether it is folded. */
    public String elementId() {
        return "nav-group-" + name().toLowerCase(Locale.ROOT);
    }
}
