package org.shuangsheng.command.internal;

import java.time.LocalDate;
import java.util.Comparator;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shuangsheng.command.RegionTree;
import org.shuangsheng.command.RegionTree.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (default 07:30 in the district's zone, {@code shuangsheng.briefing.time}) the
 * previous day's briefing of the whole district, once per cluster: the instance that takes the
 * job's lock runs it, and it generates only if its claim of the day is inserted, so a restart or a
 * second run the same day writes nothing twice.
 */
@Component
public class ScheduledBriefing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBriefing.class);

    private final Briefings briefings;
    private final RegionTree regions;
    private final String regionCode;

    ScheduledBriefing(Briefings briefings, RegionTree regions,
            @Value("${shuangsheng.briefing.region:}") String regionCode) {
        this.briefings = briefings;
        this.regions = regions;
        this.regionCode = regionCode;
    }

    @Scheduled(cron = "0 #{'${shuangsheng.briefing.time:07:30}'.split(':')[1]} #{'${shuangsheng.briefing.time:07:30}'.split(':')[0]} * * *",
            zone = "${shuangsheng.zone:Asia/Shanghai}")
    @SchedulerLock(name = "command.daily-briefing", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void generateYesterdays() {
        generateYesterdaysBriefing();
    }

    /** @return whether this call generated yesterday's district briefing (false: another instance has) */
    public boolean generateYesterdaysBriefing() {
        LocalDate yesterday = briefings.today().minusDays(1);
        Node district = district();
        if (district == null) {
            log.warn("No district to write the daily briefing of");
            return false;
        }
        boolean generated = briefings.generateOnce(district, yesterday);
        log.info("Daily briefing of {} for {}: {}", district.code(), yesterday,
                generated ? "generated" : "already claimed by another instance");
        return generated;
    }

    /** The configured region, or else the top of the tree. */
    Node district() {
        if (!regionCode.isBlank()) {
            return regions.find(regionCode.strip()).orElse(null);
        }
        // Every unit with no parent filter, in tree order: the first is the top.
        return regions.children(null).stream()
                .min(Comparator.comparingInt((Node n) -> n.path().length()).thenComparing(Node::path)).orElse(null);
    }
}
