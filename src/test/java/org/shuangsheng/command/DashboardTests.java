package org.shuangsheng.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.internal.Dashboard;
import org.shuangsheng.command.web.AreaGroup;
import org.shuangsheng.command.web.IndicatorView;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PlatformTest
class DashboardTests {

    static final String DISTRICT = "230506";
    static final String HONGQI = "230506001";
    static final String YUEJIN = "230506002";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    RegionQueries regions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dashboard dashboard;

    @Test
    void commanderSeesTheDistrictsFiguresByDefault() throws Exception {
        MvcResult result = mvc.perform(get("/dashboard").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("宝山区 · 指挥部看板")))
                .andExpect(content().string(containsString("hx-trigger=\"every 60s\"")))
                .andExpect(content().string(containsString("/dist/echarts.min-")))
                .andExpect(content().string(containsString("/js/dashboard-")))
                .andReturn();
        Map<RegionLevel, Long> expected = regions.countByLevelWithin(DISTRICT);
        Map<String, IndicatorView> shown = indicators(result);
        assertThat(shown.get("region.subdistricts").value()).isEqualByComparingTo(BigDecimal.valueOf(expected.get(RegionLevel.SUBDISTRICT)));
        assertThat(shown.get("region.communities").value()).isEqualByComparingTo(BigDecimal.valueOf(expected.get(RegionLevel.COMMUNITY)));
        assertThat(shown.get("region.grids").value()).isEqualByComparingTo(BigDecimal.valueOf(expected.get(RegionLevel.GRID)));
        assertThat(expected.get(RegionLevel.SUBDISTRICT)).isEqualTo(11);
        assertThat(expected.get(RegionLevel.GRID)).isGreaterThanOrEqualTo(300);

        // The grids broken down by subdistrict add up to the district's figure, one row per subdistrict.
        List<org.shuangsheng.command.Indicator.Breakdown> grids = shown.get("region.grids").breakdown();
        assertThat(grids).hasSize(11);
        assertThat(grids.stream().map(b -> b.value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(BigDecimal.valueOf(expected.get(RegionLevel.GRID)));
        for (var row : grids) {
            assertThat(row.value()).as(row.name())
                    .isEqualByComparingTo(BigDecimal.valueOf(regions.countByLevelWithin(row.code()).getOrDefault(RegionLevel.GRID, 0L)));
        }
        assertThat(grids.get(0).code()).isEqualTo(HONGQI);
        assertThat(grids.get(0).name()).isEqualTo("红旗街道");
        assertThat(shown.get("region.subdistricts").breakdown()).isEmpty();
        // Staff on site sums only the day's reports: the label says whose.
        assertThat(shown.get("enterprise.staffOnSite").label()).isEqualTo("当日已报企业的在岗人数");
    }

    @Test
    void breakdownRowsDrillDownWithRealLinks() throws Exception {
        mvc.perform(get("/dashboard").param("date", "2020-03-17").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/dashboard?region=230506001&amp;date=2020-03-17\"")));
    }

    @Test
    void drillingDownToHongqiShowsItsCommunities() throws Exception {
        MvcResult result = mvc.perform(get("/dashboard").param("region", HONGQI).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("红旗街道 · 指挥部看板")))
                .andExpect(content().string(containsString("href=\"/dashboard?region=230506\"")))
                .andReturn();
        Map<String, IndicatorView> shown = indicators(result);
        assertThat(shown).doesNotContainKey("region.subdistricts");
        List<String> communities = regions.search(new RegionFilter(HONGQI, null, null, null, false), PageRequest.of(0, 100))
                .map(RegionView::name).getContent();
        assertThat(communities).isNotEmpty();
        assertThat(shown.get("region.grids").breakdown()).extracting(b -> b.name()).containsExactlyElementsOf(communities);
        assertThat(shown.get("region.communities").value())
                .isEqualByComparingTo(BigDecimal.valueOf(communities.size()));
    }

    @Test
    void aRateOfNothingIsNoFigureWithItsReasonNotZero() throws Exception {
        // Enterprises are registered at the subdistrict: a community of Hongqi without one of its own.
        String community = jdbc.queryForList("select u.code from region_unit u where u.parent_code = ?"
                + " and u.unit_level = 'COMMUNITY' and u.retired = false and not exists (select 1 from enterprise e"
                + " where e.region_path = u.path or e.region_path like u.path || '/%') order by u.code",
                String.class, HONGQI).get(0);
        String none = "这里没有登记企业（企业登记在街道一级），无从计算复工率。";
        MvcResult result = mvc.perform(get("/dashboard").param("region", community).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("title=\"" + none + "\">—</span>")))
                .andExpect(content().string(containsString("企业登记在街道一级），无从计算报送率")))
                .andReturn();
        Map<String, IndicatorView> shown = indicators(result);
        assertThat(shown.get("enterprise.resumptionRate").value()).isNull();
        assertThat(shown.get("enterprise.resumptionRate").none()).isEqualTo(none);
        assertThat(shown.get("enterprise.dailyReportRate").value()).isNull();
        assertThat(shown.get("enterprise.resumed").value()).as("a count of none is 0").isEqualByComparingTo(BigDecimal.ZERO);
        // One level up, that community's row has no rate, while Hongqi, where the enterprises are, has one.
        Map<String, IndicatorView> hongqi = indicators(mvc.perform(get("/dashboard").param("region", HONGQI)
                .with(users.as("commander"))).andExpect(status().isOk()).andReturn());
        assertThat(hongqi.get("enterprise.resumptionRate").value()).isNotNull();
        assertThat(hongqi.get("enterprise.resumptionRate").breakdown())
                .filteredOn(b -> b.code().equals(community)).singleElement().satisfies(b -> assertThat(b.value()).isNull());
        mvc.perform(get("/dashboard").param("region", community).param("wall", "true").with(users.as("commander")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(none)));
        for (String format : List.of("pdf", "xlsx")) {
            mvc.perform(get("/briefings/download").param("region", community).param("format", format)
                    .with(users.as("commander"))).andExpect(status().isOk());
        }
    }

    @Test
    void aCommunityListsItsGridsSoTheCommanderCanDrillDownToOne() throws Exception {
        String community = regions.firstWithin(HONGQI, RegionLevel.COMMUNITY, 1).get(0).code();
        MvcResult result = mvc.perform(get("/dashboard").param("region", community).with(users.as("commander")))
                .andExpect(status().isOk()).andReturn();
        List<org.shuangsheng.command.Indicator.Breakdown> grids = indicators(result).get("region.grids").breakdown();
        assertThat(grids).isNotEmpty().allSatisfy(g -> assertThat(g.value()).isEqualByComparingTo(BigDecimal.ONE));
        // A grid has no units below it: no structure figures, while the day's screening figures show.
        MvcResult grid = mvc.perform(get("/dashboard").param("region", grids.get(0).code()).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("今日走访")))
                .andReturn();
        assertThat(indicators(grid)).doesNotContainKeys("region.subdistricts", "region.communities", "region.grids");
    }

    @Test
    void anOfficerSeesItsOwnSubdistrictAndNothingOutsideIt() throws Exception {
        MvcResult result = mvc.perform(get("/dashboard").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("红旗街道 · 指挥部看板")))
                .andReturn();
        assertThat(((Dashboard.Figures) result.getModelAndView().getModel().get("figures")).region().code()).isEqualTo(HONGQI);
        mvc.perform(get("/dashboard").param("region", YUEJIN).with(users.as("hongqi"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").param("region", DISTRICT).with(users.as("hongqi"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").param("region", "404404").with(users.as("commander"))).andExpect(status().isNotFound());
        String aGridOfHongqi = regions.firstWithin(HONGQI, RegionLevel.GRID, 1).get(0).code();
        mvc.perform(get("/dashboard").param("region", aGridOfHongqi).with(users.as("hongqi"))).andExpect(status().isOk());
    }

    @Test
    void aDepartmentSeesTheWholeDistrict() throws Exception {
        mvc.perform(get("/dashboard").with(users.as("weijian")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("宝山区 · 指挥部看板")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grid01", "ent01", "farmer01", "admin", "cadre01", "guard01"})
    void rolesWithoutTheDashboardAreRefused(String username) throws Exception {
        mvc.perform(get("/dashboard").with(users.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dashboard/indicators").header("Authorization", tokens.bearer(username)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anHtmxRequestGetsOnlyTheCards() throws Exception {
        mvc.perform(get("/dashboard").param("region", HONGQI).header("HX-Request", "true").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<div id=\"dashboard-cards\"")))
                .andExpect(content().string(containsString("hx-get=\"/dashboard?region=230506001\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("navbar"))))
                .andExpect(content().string(containsString("建设社区")));
    }

    @Test
    void theWallScreenIsAPageOfItsOwnWithTheFiguresOfTheRegionItIsGiven() throws Exception {
        MvcResult result = mvc.perform(get("/dashboard").param("region", HONGQI).param("wall", "true")
                        .with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"main-nav\""))))
                .andExpect(content().string(containsString("/css/wall-")))
                .andExpect(content().string(containsString("红旗街道 · 数据大屏")))
                .andExpect(content().string(containsString("hx-get=\"/dashboard?region=230506001&amp;wall=true\"")))
                .andReturn();
        String page = result.getResponse().getContentAsString();
        // Both halves: every prevention and recovery figure of the region, with its value.
        Map<String, IndicatorView> shown = indicators(result);
        List<IndicatorView> headline = shown.values().stream()
                .filter(v -> v.area() == IndicatorArea.PREVENTION || v.area() == IndicatorArea.ENTERPRISES).toList();
        assertThat(headline).extracting(IndicatorView::key)
                .contains("screening.visitsToday", "enterprise.resumptionRate", "quarantine.inQuarantine");
        for (IndicatorView figure : headline) {
            assertThat(page).contains("id=\"indicator-" + figure.domId() + "\"");
            String tile = page.substring(page.indexOf("id=\"indicator-" + figure.domId() + "\""));
            assertThat(tile).contains("class=\"indicator-value\">" + figure.value() + "<");
        }
        // One tile per community of the subdistrict, and the communities ranked, each leading a level down.
        List<RegionView> communities = regions.search(RegionFilter.childrenOf(HONGQI), PageRequest.of(0, 100)).getContent();
        assertThat(communities).isNotEmpty();
        for (RegionView community : communities) {
            assertThat(page).contains("data-code=\"" + community.code() + "\"")
                    .contains("href=\"/dashboard?region=" + community.code() + "&amp;wall=true\"");
        }
        assertThat(page).contains("id=\"trend-PREVENTION\"").contains("id=\"trend-ENTERPRISES\"");

        mvc.perform(get("/dashboard").param("region", HONGQI).param("wall", "true").header("HX-Request", "true")
                        .with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<main id=\"wall\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anOfficersWallScreenShowsOnlyItsSubdistrict() throws Exception {
        String yuejin = regions.search(RegionFilter.childrenOf(DISTRICT), PageRequest.of(0, 100)).getContent().stream()
                .filter(r -> r.code().equals(YUEJIN)).findFirst().orElseThrow().name();
        mvc.perform(get("/dashboard").param("wall", "true").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("红旗街道 · 数据大屏")))
                .andExpect(content().string(not(containsString("data-code=\"" + YUEJIN + "\""))))
                .andExpect(content().string(not(containsString(yuejin))));
        mvc.perform(get("/dashboard").param("wall", "true").param("region", DISTRICT).with(users.as("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard").param("wall", "true").param("region", YUEJIN).with(users.as("hongqi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsAnyPastDayAndTodayWhenTheDateIsBad() throws Exception {
        mvc.perform(get("/dashboard").param("date", "2020-03-17").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2020-03-17\"")))
                .andExpect(content().string(containsString("max=\"" + dashboard.today() + "\"")));
        mvc.perform(get("/dashboard").param("date", "17.3.2020").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-problem\"")))
                .andExpect(content().string(containsString("value=\"" + dashboard.today() + "\"")));
    }

    @Test
    void theHomePageLeadsToTheDashboardForItsRoles() throws Exception {
        mvc.perform(get("/").with(users.as("hongqi")))
                .andExpect(content().string(containsString("href=\"/dashboard\"")));
        mvc.perform(get("/").with(users.as("grid01")))
                .andExpect(content().string(not(containsString("href=\"/dashboard\""))));
    }

    @Test
    void theApiAnswersIndicatorsWithLabelsInTheCallersLanguage() throws Exception {
        long grids = regions.countByLevelWithin(HONGQI).get(RegionLevel.GRID);
        mvc.perform(get("/api/v1/dashboard/indicators").param("regionCode", HONGQI).param("date", "2020-03-17")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].label", hasItem("网格")))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].value", hasItem((int) grids)))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].unit", hasItem("个")))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].area", hasItem("STRUCTURE")))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].breakdown[0].code", hasItem("230506001001")))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].breakdown[0].name", hasItem("建设社区")))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].breakdown[0].value").exists());
        mvc.perform(get("/api/v1/dashboard/indicators").header("Authorization", tokens.bearer("commander"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].label", hasItem("Grids")))
                .andExpect(jsonPath("$[?(@.key == 'region.subdistricts')].value",
                        hasItem(regions.countByLevelWithin(DISTRICT).get(RegionLevel.SUBDISTRICT).intValue())));
    }

    @Test
    void theApiKeepsAnOfficerInsideItsSubdistrict() throws Exception {
        mvc.perform(get("/api/v1/dashboard/indicators").header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", not(hasItem("region.subdistricts"))))
                .andExpect(jsonPath("$[?(@.key == 'region.grids')].breakdown[0].code", hasItem("230506001001")));
        mvc.perform(get("/api/v1/dashboard/indicators").param("regionCode", YUEJIN)
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBadOrFutureDateIsAFieldErrorOfTheApi() throws Exception {
        for (String date : List.of("2020-13-01", "yesterday", dashboard.today().plusDays(1).toString())) {
            mvc.perform(get("/api/v1/dashboard/indicators").param("date", date)
                            .header("Authorization", tokens.bearer("commander")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field", is("date")));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, IndicatorView> indicators(MvcResult result) {
        List<AreaGroup> groups = (List<AreaGroup>) result.getModelAndView().getModel().get("groups");
        return groups.stream().flatMap(g -> g.indicators().stream())
                .collect(Collectors.toMap(IndicatorView::key, v -> v));
    }
}
