package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuangsheng.screening.KeyAreaLevel;
import org.shuangsheng.screening.KeyAreaView;
import org.shuangsheng.screening.RiskLevel;
import org.shuangsheng.screening.RiskSettings;
import org.shuangsheng.screening.VisitRecorded.Finding;

/**
 * The health-code style rules of FIELD.md, with every threshold and day count taken from
 * {@link RiskSettings}: what one finding or one check-in says, and how a resident's standing
 * moves with it. No Spring, no database: findings, key areas and settings in, a level and its
 * reasons (message keys) out.
 */
public final class RiskRules {

    public static final String FEVER = "quarantine.reason.fever";
    public static final String SYMPTOMS = "quarantine.reason.symptoms";
    public static final String CONTACT = "quarantine.reason.contact";
    public static final String HIGH_AREA = "quarantine.reason.highArea";
    public static final String MEDIUM_AREA = "quarantine.reason.mediumArea";
    public static final String MISSED_CHECK_IN = "quarantine.reason.missedCheckIn";

    /** Administrative suffixes a resident often leaves out: 湖北省 is also said as 湖北. */
    private static final List<String> SUFFIXES = List.of("省", "市", "区", "县", "自治州", "州", "盟", "旗");

    private RiskRules() {
    }

    /**
     * What one observation says on its own.
     *
     * @param keyArea the observation matched a key area, which proposes a quarantine whatever its level
     */
    public record Assessment(RiskLevel level, List<String> reasons, boolean keyArea) {

        public Assessment {
            reasons = List.copyOf(reasons);
        }

        /** A RED level or a key-area finding proposes a quarantine order. */
        public boolean proposesQuarantine() {
            return level == RiskLevel.RED || keyArea;
        }
    }

    /**
     * A resident's current level, the day it was raised, and the normal days observed since then
     * (a normal day is a day with a normal check-in or visit; distinct days only).
     */
    public record Standing(RiskLevel level, List<String> reasons, LocalDate since, int normalDays,
            LocalDate lastNormal) {

        public Standing {
            reasons = List.copyOf(reasons);
        }
    }

    /** The finding of a visit made on {@code visitDate}. */
    public static Assessment assess(Finding finding, LocalDate visitDate, List<KeyAreaView> areas,
            RiskSettings settings) {
        RiskLevel level = RiskLevel.GREEN;
        List<String> reasons = new ArrayList<>();
        if (finding.feverAt(settings.feverThreshold())) {
            level = level.max(settings.fever());
            reasons.add(FEVER);
        }
        if (hasText(finding.symptoms())) {
            level = level.max(settings.symptoms());
            reasons.add(SYMPTOMS);
        }
        if (finding.contactWithCase()) {
            level = level.max(settings.contact());
            reasons.add(CONTACT);
        }
        boolean keyArea = false;
        KeyAreaLevel area = matchedArea(finding.travelledFrom(), finding.arrivedOn(), visitDate, areas,
                settings.lookbackDays());
        if (area == KeyAreaLevel.HIGH) {
            level = level.max(settings.highArea());
            reasons.add(HIGH_AREA);
            keyArea = true;
        } else if (area == KeyAreaLevel.MEDIUM) {
            level = level.max(settings.mediumArea());
            reasons.add(MEDIUM_AREA);
            keyArea = true;
        }
        return new Assessment(level, reasons, keyArea);
    }

    /**
     * A daily check-in of a quarantined resident.
     *
     * @param missedDays whether a day due before this one had no check-in
     */
    public static Assessment assessCheckIn(BigDecimal temperature, String symptoms, boolean missedDays,
            RiskSettings settings) {
        RiskLevel level = RiskLevel.GREEN;
        List<String> reasons = new ArrayList<>();
        if (temperature != null && temperature.compareTo(settings.feverThreshold()) >= 0) {
            level = level.max(settings.fever());
            reasons.add(FEVER);
        }
        if (hasText(symptoms)) {
            level = level.max(settings.symptoms());
            reasons.add(SYMPTOMS);
        }
        if (missedDays) {
            level = level.max(settings.missedCheckIn());
            reasons.add(MISSED_CHECK_IN);
        }
        return new Assessment(level, reasons, false);
    }

    /**
     * The most serious key area named in {@code travelledFrom}, or {@code null}. An area counts
     * when its name (or its name without the administrative suffix, 湖北 for 湖北省) appears in
     * the text, and the day of arrival (the visit day when none was given) lies within the area's
     * validity extended by the look-back days. An arrival before the look-back window of the
     * visit, or after the visit, does not count.
     */
    public static KeyAreaLevel matchedArea(String travelledFrom, LocalDate arrivedOn, LocalDate visitDate,
            List<KeyAreaView> areas, int lookbackDays) {
        if (!hasText(travelledFrom)) {
            return null;
        }
        if (arrivedOn != null && (arrivedOn.isAfter(visitDate) || arrivedOn.isBefore(visitDate.minusDays(lookbackDays)))) {
            return null;
        }
        LocalDate day = arrivedOn != null ? arrivedOn : visitDate;
        String text = travelledFrom.strip().toLowerCase(Locale.ROOT);
        KeyAreaLevel found = null;
        for (KeyAreaView area : areas) {
            if (area.retired() || day.isBefore(area.validFrom())
                    || area.validTo() != null && day.isAfter(area.validTo().plusDays(lookbackDays))) {
                continue;
            }
            if (names(area.name()).stream().anyMatch(text::contains)) {
                if (area.level() == KeyAreaLevel.HIGH) {
                    return KeyAreaLevel.HIGH;
                }
                found = KeyAreaLevel.MEDIUM;
            }
        }
        return found;
    }

    private static Set<String> names(String name) {
        Set<String> names = new LinkedHashSet<>();
        String full = name.strip().toLowerCase(Locale.ROOT);
        if (full.isEmpty()) {
            return names;
        }
        names.add(full);
        for (String suffix : SUFFIXES) {
            if (full.endsWith(suffix) && full.length() - suffix.length() >= 2) {
                names.add(full.substring(0, full.length() - suffix.length()));
            }
        }
        return names;
    }

    /**
     * The standing after an observation made on {@code day}. A higher level raises the standing at
     * once; the same non-green level starts its count again; a normal observation on a new day
     * after the day it was raised counts toward GREEN, which comes after {@link RiskSettings#normalDaysToGreen} such days; an
     * abnormal observation below the current level keeps the level and starts the count again.
     *
     * @param current the standing so far, or {@code null} for a resident never assessed
     */
    public static Standing next(Standing current, Assessment observed, LocalDate day, RiskSettings settings) {
        if (current == null || observed.level().compareTo(current.level()) > 0) {
            return new Standing(observed.level(), observed.reasons(), day, 0, null);
        }
        if (current.level() == RiskLevel.GREEN) {
            return current;
        }
        if (observed.level() != RiskLevel.GREEN) {
            Set<String> reasons = new LinkedHashSet<>(current.reasons());
            reasons.addAll(observed.reasons());
            LocalDate since = observed.level() == current.level() ? day : current.since();
            return new Standing(current.level(), List.copyOf(reasons), since, 0, null);
        }
        if (current.lastNormal() != null && !day.isAfter(current.lastNormal()) || !day.isAfter(current.since())) {
            return current;
        }
        int normalDays = current.normalDays() + 1;
        if (normalDays >= settings.normalDaysToGreen(current.level())) {
            return new Standing(RiskLevel.GREEN, List.of(), day, 0, null);
        }
        return new Standing(current.level(), current.reasons(), current.since(), normalDays, day);
    }

    /** At the end of a quarantine a YELLOW resident turns GREEN; a RED one still needs its normal days. */
    public static Standing released(Standing current, LocalDate day) {
        if (current != null && current.level() == RiskLevel.YELLOW) {
            return new Standing(RiskLevel.GREEN, List.of(), day, 0, null);
        }
        return current;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
