package org.shuangsheng.region.internal;

import java.util.List;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionManagement;
import org.shuangsheng.region.RegionQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 宝山区 as it was organised in 2020: the eleven real town-level units with their statistical
 * codes and the real villages of 七星镇. Community names of the streets and all grids are made
 * up, which is why every unit is marked as demo data.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoDistrict implements ApplicationRunner {

    static final String DISTRICT = "230506";
    static final int GRIDS_PER_COMMUNITY = 5;

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private record Unit(String code, String name, RegionKind kind, List<String> communities) {
    }

    private static final List<String> STREET_COMMUNITIES = List.of(
            "建设社区", "胜利社区", "和平社区", "光明社区", "新华社区", "东山社区");

    private static final List<Unit> SUBDISTRICTS = List.of(
            new Unit("230506001", "红旗街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506002", "跃进街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506003", "东保卫街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506004", "七星街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506005", "双阳街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506006", "新安街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506007", "电厂街道", RegionKind.STREET, STREET_COMMUNITIES),
            new Unit("230506101", "七星镇", RegionKind.TOWN,
                    List.of("七星村", "新安村", "万兴国村", "集贤村", "新久村", "哈建村", "保安村", "向阳川村", "福胜村")),
            new Unit("230506401", "双鸭山林业局宝山经营所", RegionKind.TOWN, List.of("第一作业区", "第二作业区", "第三作业区")),
            new Unit("230506402", "双鸭山林业局大叶沟林场", RegionKind.TOWN, List.of("第一作业区", "第二作业区", "第三作业区")),
            new Unit("230506500", "双鸭山农场", RegionKind.TOWN, List.of("第一管理区", "第二管理区", "第三管理区")));

    private final RegionManagement regions;
    private final RegionQueries queries;

    DemoDistrict(RegionManagement regions, RegionQueries queries) {
        this.regions = regions;
        this.queries = queries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!queries.isEmpty()) {
            return;
        }
        regions.create(new NewRegion(DISTRICT, "宝山区", RegionKind.DISTRICT, null), true);
        int grids = 0;
        for (Unit subdistrict : SUBDISTRICTS) {
            regions.create(new NewRegion(subdistrict.code(), subdistrict.name(), subdistrict.kind(), DISTRICT), true);
            boolean town = subdistrict.kind() == RegionKind.TOWN;
            for (int c = 0; c < subdistrict.communities().size(); c++) {
                // Statistical codes number residents' committees from 001 and villages from 201.
                String communityCode = subdistrict.code() + String.format("%03d", (town ? 201 : 1) + c);
                regions.create(new NewRegion(communityCode, subdistrict.communities().get(c),
                        town ? RegionKind.VILLAGE : RegionKind.COMMUNITY, subdistrict.code()), true);
                for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
                    regions.create(new NewRegion(communityCode + String.format("%02d", g), "第" + g + "网格",
                            RegionKind.GRID, communityCode), true);
                    grids++;
                }
            }
        }
        log.info("Seeded the demo district 宝山区 with {} subdistricts and {} grids", SUBDISTRICTS.size(), grids);
    }
}
