package org.shuangsheng.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PlatformTest
class DemoDistrictTests {

    @Autowired
    RegionQueries regions;

    @Test
    void baoshanHasItsElevenRealTownLevelUnits() {
        List<RegionView> subdistricts = regions.search(RegionFilter.childrenOf("230506"), PageRequest.of(0, 50))
                .getContent();
        assertThat(subdistricts).extracting(RegionView::code).contains("230506001", "230506002", "230506003",
                "230506004", "230506005", "230506006", "230506007", "230506101", "230506401", "230506402",
                "230506500");
        assertThat(subdistricts).filteredOn(u -> u.code().equals("230506001")).singleElement()
                .satisfies(u -> assertThat(u.name()).isEqualTo("红旗街道"));
        assertThat(regions.find("230506").orElseThrow().name()).isEqualTo("宝山区");
    }

    @Test
    void qixingTownHasItsNineVillages() {
        List<RegionView> villages = regions.search(RegionFilter.childrenOf("230506101"), PageRequest.of(0, 50))
                .getContent();
        assertThat(villages).extracting(RegionView::name).contains("七星村", "新安村", "万兴国村", "集贤村", "新久村",
                "哈建村", "保安村", "向阳川村", "福胜村");
        assertThat(villages).allSatisfy(v -> assertThat(v.kind()).isEqualTo(RegionKind.VILLAGE));
    }

    @Test
    void aboutThreeHundredGridsAllMarkedAsDemo() {
        var grids = regions.search(new RegionFilter(null, "230506", RegionLevel.GRID, null, false),
                PageRequest.of(0, 1000));
        assertThat(grids.getContent()).filteredOn(RegionView::demo).hasSize(300);
        assertThat(grids.getContent().get(0).path()).matches("230506/\\d{3}/\\d{3}/\\d{2}");
    }

    @Test
    void everyDemoAccountsRegionExists(@Autowired org.springframework.security.core.userdetails.UserDetailsService users) {
        for (String username : new String[] {"commander", "hongqi", "grid01", "grid02", "cadre01", "farmer01"}) {
            var scope = ((org.shuangsheng.identity.internal.AccountPrincipal) users.loadUserByUsername(username)).scope();
            assertThat(scope.regionCodes()).as(username).isNotEmpty()
                    .allSatisfy(code -> assertThat(regions.find(code)).as(username + " " + code).isPresent());
        }
        var grid01 = ((org.shuangsheng.identity.internal.AccountPrincipal) users.loadUserByUsername("grid01")).scope();
        assertThat(regions.lineage(grid01.regionCodes().iterator().next())).extracting(RegionView::name)
                .contains("红旗街道");
        var grid02 = ((org.shuangsheng.identity.internal.AccountPrincipal) users.loadUserByUsername("grid02")).scope();
        assertThat(regions.lineage(grid02.regionCodes().iterator().next())).extracting(RegionView::name)
                .doesNotContain("红旗街道");
    }
}
