package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.shared.Uscc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo district's enterprises, and their figures on the dashboard. */
@PlatformTest
class EnterpriseDemoAndIndicatorTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<IndicatorContribution> contributions;

    @Test
    void theDemoHasAbout150EnterprisesWithValidCreditCodesMostResumedAcrossTheSubdistricts() {
        List<String> codes = jdbc.queryForList("select uscc from enterprise where demo = true", String.class);
        assertThat(codes).hasSize(150).allMatch(Uscc::isValid).doesNotHaveDuplicates();
        Integer resumed = jdbc.queryForObject("select count(*) from enterprise where demo = true and status = 'RESUMED'",
                Integer.class);
        assertThat(resumed).isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(distinct subdistrict_code) from enterprise where demo = true",
                Integer.class)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select name from enterprise where id = 1", String.class))
                .isEqualTo("宝山区红旗食品有限公司");
        assertThat(jdbc.queryForObject("select count(*) from enterprise_daily_report", Integer.class)).isPositive();
    }

    @Test
    void theDashboardShowsEnterprisesResumedTheRateAndTodaysReportsByChildRegion() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Indicator> indicators = contributions.stream()
                .flatMap(c -> c.indicators(new IndicatorQuery(today, "230506", "230506")).stream())
                .filter(i -> i.key().startsWith("enterprise.")).toList();
        Indicator count = find(indicators, "enterprise.resumed");
        Integer inDb = jdbc.queryForObject("select count(*) from enterprise where status = 'RESUMED'", Integer.class);
        assertThat(count.value()).isEqualByComparingTo(BigDecimal.valueOf(inDb));
        assertThat(count.breakdown()).hasSize(11);
        assertThat(count.breakdown().stream().map(Indicator.Breakdown::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(count.value());
        Indicator rate = find(indicators, "enterprise.resumptionRate");
        assertThat(rate.value()).isBetween(BigDecimal.valueOf(50), BigDecimal.valueOf(100));
        assertThat(rate.link()).isEqualTo("/enterprises/resumption?date=" + today);
        Indicator reports = find(indicators, "enterprise.dailyReportRate");
        assertThat(reports.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(reports.breakdown()).hasSize(11);
    }

    private static Indicator find(List<Indicator> indicators, String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
