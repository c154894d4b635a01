package org.shuangsheng.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PlatformTest
class RegionManagementTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger(10);

    @Autowired
    RegionManagement management;

    @Autowired
    RegionQueries queries;

    /** A fresh community under 红旗街道, so tests never trip over each other's units. */
    RegionView newCommunity(String parent) {
        String code = parent + "9" + String.format("%02d", SEQUENCE.incrementAndGet());
        return management.create(new NewRegion(code, "测试社区" + code, RegionKind.COMMUNITY, parent));
    }

    @Test
    void childPathExtendsParentPathWithTheCodesOwnDigits() {
        RegionView community = newCommunity("230506001");
        RegionView grid = management.create(new NewRegion(community.code() + "01", "第1网格", RegionKind.GRID,
                community.code()));
        assertThat(community.path()).isEqualTo("230506/001/" + community.code().substring(9));
        assertThat(grid.path()).isEqualTo(community.path() + "/01");
        assertThat(grid.level()).isEqualTo(RegionLevel.GRID);
    }

    @Test
    void createRejectsEachBadFieldByName() {
        assertThatThrownBy(() -> management.create(new NewRegion("12ab", " ", RegionKind.GRID, "230506")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("code", "region.code.format"),
                                org.assertj.core.groups.Tuple.tuple("name", "region.name.required"),
                                org.assertj.core.groups.Tuple.tuple("parentCode", "region.parent.wrongLevel")));
    }

    @Test
    void codesAreUnique() {
        assertThatThrownBy(() -> management.create(new NewRegion("230506001", "重复", RegionKind.STREET, "230506")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).contains("region.code.taken"));
    }

    @Test
    void siblingsCannotShareAName() {
        RegionView community = newCommunity("230506002");
        assertThatThrownBy(() -> management.create(new NewRegion(community.code().substring(0, 9) + "977",
                community.name(), RegionKind.COMMUNITY, "230506002")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).contains("region.name.taken"));
    }

    @Test
    void movingACommunityMovesItsGridsAndKeepsTheirCodes() {
        RegionView community = newCommunity("230506003");
        RegionView grid = management.create(new NewRegion(community.code() + "01", "第1网格", RegionKind.GRID,
                community.code()));

        RegionView moved = management.move(community.code(), "230506004");

        assertThat(moved.parentCode()).isEqualTo("230506004");
        assertThat(moved.path()).isEqualTo("230506/004/" + community.code());
        RegionView gridAfter = queries.find(grid.code()).orElseThrow();
        assertThat(gridAfter.path()).isEqualTo(moved.path() + "/01");
        assertThat(gridAfter.code()).isEqualTo(grid.code());
        assertThat(queries.search(new RegionFilter(null, "230506004", RegionLevel.GRID, null, false),
                PageRequest.of(0, 100)).getContent()).extracting(RegionView::code).contains(grid.code());
    }

    @Test
    void aGridCannotMoveUnderASubdistrict() {
        RegionView community = newCommunity("230506005");
        RegionView grid = management.create(new NewRegion(community.code() + "01", "第1网格", RegionKind.GRID,
                community.code()));
        assertThatThrownBy(() -> management.move(grid.code(), "230506006"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsOnly("parentCode"));
    }

    @Test
    void aUnitWithActiveChildrenCannotBeRetiredButKeepsEverythingWhenItIs() {
        RegionView community = newCommunity("230506006");
        RegionView grid = management.create(new NewRegion(community.code() + "01", "第1网格", RegionKind.GRID,
                community.code()));
        assertThatThrownBy(() -> management.retire(community.code())).isInstanceOf(InvalidInputException.class);

        management.retire(grid.code());
        management.retire(community.code());

        assertThat(queries.find(community.code())).hasValueSatisfying(u -> assertThat(u.retired()).isTrue());
        assertThat(queries.search(RegionFilter.childrenOf("230506006"), PageRequest.of(0, 100)).getContent())
                .extracting(RegionView::code).doesNotContain(community.code());
        assertThatThrownBy(() -> management.create(new NewRegion(community.code() + "02", "第2网格",
                RegionKind.GRID, community.code()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> management.reinstate(grid.code())).isInstanceOf(InvalidInputException.class);

        management.reinstate(community.code());
        assertThat(queries.find(community.code())).hasValueSatisfying(u -> assertThat(u.retired()).isFalse());
    }

    @Test
    void renameKeepsCodeAndPath() {
        RegionView community = newCommunity("230506007");
        RegionView renamed = management.rename(community.code(), "  电厂新村  ");
        assertThat(renamed.name()).isEqualTo("电厂新村");
        assertThat(renamed.path()).isEqualTo(community.path());
    }
}
