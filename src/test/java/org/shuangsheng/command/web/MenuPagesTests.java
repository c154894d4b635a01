package org.shuangsheng.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The left menu: entries grouped by area, each shown by the rule that opens its page, the page
 * being shown marked, and the badges beside it as icons with their counts.
 */
@PlatformTest
class MenuPagesTests {

    private static final Pattern LINK = Pattern.compile("<a class=\"nav-link app-menu-link[^\"]*\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void theCommanderSeesPreventionResumptionAndSystemButNoEmptyArea() throws Exception {
        String page = page("/", "commander");

        assertThat(group(page, "prevention")).containsExactly("/households", "/screening-rounds", "/quarantines",
                "/key-areas");
        assertThat(group(page, "resumption")).containsExactly("/enterprises");
        assertThat(group(page, "system")).contains("/regions", "/audit", "/retention", "/grants")
                .doesNotContain("/users");
        assertThat(page).contains(">疫情防控<", ">复工复产<", ">系统<")
                .doesNotContain("nav-group-economy").doesNotContain(">经济发展<");
    }

    @Test
    void aGridWorkerSeesItsPreventionWorkAndNoSystemOrEnterprises() throws Exception {
        String page = page("/", "grid01");

        assertThat(group(page, "overview")).containsExactly("/", "/notifications");
        assertThat(group(page, "prevention")).containsExactly("/households", "/screening-rounds", "/quarantines",
                "/key-areas");
        assertThat(page).doesNotContain("nav-group-resumption").doesNotContain("nav-group-system")
                .doesNotContain("href=\"/dashboard\"").doesNotContain(">系统<");
    }

    @Test
    void anEnterpriseSeesOnlyItsResumptionArea() throws Exception {
        String page = page("/", "ent01");

        assertThat(group(page, "resumption")).containsExactly("/enterprises");
        assertThat(page).doesNotContain("nav-group-prevention").doesNotContain("nav-group-system");
    }

    /** Quarantine is opened to the health department by name, not to every department. */
    @Test
    void theHealthDepartmentSeesQuarantineAmongItsPreventionEntries() throws Exception {
        assertThat(group(page("/", "weijian"), "prevention")).contains("/households", "/quarantines");
    }

    @Test
    void thePageBeingShownIsMarkedAndItsGroupStaysOpen() throws Exception {
        String page = page("/screening-rounds", "grid01");

        assertThat(page).containsPattern("<a class=\"nav-link app-menu-link active\" href=\"/screening-rounds\""
                + "[^>]*aria-current=\"page\"")
                .containsPattern("id=\"nav-group-prevention\"\\s+data-menu-open=\"true\"")
                .containsPattern("id=\"nav-group-overview\"\\s+data-menu-open=\"false\"");
        assertThat(page.split("app-menu-link active", -1)).hasSize(2);
        assertThat(page("/", "grid01")).containsPattern("app-menu-link active\" href=\"/\"");
    }

    @Test
    void theBadgesAreIconsOfTheIconFontWithTheirNames() throws Exception {
        String page = page("/", "commander");

        assertThat(page).contains("bootstrap-icons")
                .containsPattern("id=\"inbox\"[^>]*>\\s*<i class=\"bi bi-bell\" aria-hidden=\"true\"></i>"
                        + "<span class=\"visually-hidden\">通知</span>")
                .containsPattern("id=\"alerts\"[^>]*>\\s*<i class=\"bi bi-exclamation-triangle\"")
                .doesNotContain("\uD83D\uDD14");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andReturn().getResponse().getContentAsString();
    }

    /** The hrefs of one group's entries, in menu order; an area not shown has none. */
    private static List<String> group(String page, String area) {
        int start = page.indexOf("id=\"nav-group-" + area + "\"");
        assertThat(start).as("area %s shown", area).isNotNegative();
        Matcher links = LINK.matcher(page.substring(start, page.indexOf("</ul>", start)));
        List<String> hrefs = new ArrayList<>();
        while (links.find()) {
            hrefs.add(links.group(1));
        }
        return hrefs;
    }
}
