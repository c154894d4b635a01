package org.shuangsheng.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuangsheng.screening.KeyAreaLevel;
import org.shuangsheng.screening.KeyAreaView;
import org.shuangsheng.screening.RiskLevel;
import org.shuangsheng.screening.RiskSettings;
import org.shuangsheng.screening.VisitRecorded.Finding;
import org.shuangsheng.shared.InvalidInputException;

/** The health-code rules of FIELD.md, with no Spring: findings, key areas and settings in, a level out. */
class RiskRulesTest {

    static final LocalDate VISIT = LocalDate.of(2020, 3, 10);
    static final RiskSettings RULES = RiskSettings.DEFAULTS;
    static final List<KeyAreaView> AREAS = List.of(
            new KeyAreaView(1, "湖北省", KeyAreaLevel.HIGH, LocalDate.of(2020, 1, 23), LocalDate.of(2020, 3, 1), false,
                    false),
            new KeyAreaView(2, "温州市", KeyAreaLevel.MEDIUM, LocalDate.of(2020, 2, 1), null, false, false),
            new KeyAreaView(3, "哈尔滨市", KeyAreaLevel.HIGH, LocalDate.of(2020, 1, 1), null, true, false));

    static Finding finding(String temperature, String symptoms, String from, LocalDate arrived, boolean contact) {
        return new Finding(1, 1, true, temperature == null ? null : new BigDecimal(temperature), symptoms, from,
                arrived, contact);
    }

    static Stream<Arguments> findings() {
        return Stream.of(
                Arguments.of(finding("36.5", null, null, null, false), RiskLevel.GREEN, List.of(), false),
                Arguments.of(finding(null, " ", "", null, false), RiskLevel.GREEN, List.of(), false),
                Arguments.of(finding("37.2", null, null, null, false), RiskLevel.GREEN, List.of(), false),
                Arguments.of(finding("37.3", null, null, null, false), RiskLevel.YELLOW,
                        List.of(RiskRules.FEVER), false),
                Arguments.of(finding("39.0", "咳嗽", null, null, false), RiskLevel.YELLOW,
                        List.of(RiskRules.FEVER, RiskRules.SYMPTOMS), false),
                Arguments.of(finding("36.5", "乏力", null, null, false), RiskLevel.YELLOW,
                        List.of(RiskRules.SYMPTOMS), false),
                Arguments.of(finding("36.5", null, null, null, true), RiskLevel.RED, List.of(RiskRules.CONTACT), false),
                Arguments.of(finding("38.0", null, null, null, true), RiskLevel.RED,
                        List.of(RiskRules.FEVER, RiskRules.CONTACT), false),
                // 湖北 valid to 03-01, look-back 14 days: an arrival on 03-05 still counts
                Arguments.of(finding("36.5", null, "湖北省武汉市", LocalDate.of(2020, 3, 5), false), RiskLevel.RED,
                        List.of(RiskRules.HIGH_AREA), true),
                Arguments.of(finding("36.5", null, "从湖北回来", LocalDate.of(2020, 3, 5), false), RiskLevel.RED,
                        List.of(RiskRules.HIGH_AREA), true),
                // no arrival date: the visit day, 03-10, is within 03-01 + 14
                Arguments.of(finding("36.5", null, "湖北", null, false), RiskLevel.RED,
                        List.of(RiskRules.HIGH_AREA), true),
                Arguments.of(finding("36.5", null, "浙江温州", LocalDate.of(2020, 3, 1), false), RiskLevel.YELLOW,
                        List.of(RiskRules.MEDIUM_AREA), true),
                // both named: the high one wins
                Arguments.of(finding("36.5", null, "温州、湖北", LocalDate.of(2020, 3, 1), false), RiskLevel.RED,
                        List.of(RiskRules.HIGH_AREA), true),
                // a retired area never counts
                Arguments.of(finding("36.5", null, "哈尔滨", LocalDate.of(2020, 3, 1), false), RiskLevel.GREEN,
                        List.of(), false),
                // an area nobody listed
                Arguments.of(finding("36.5", null, "北京市", LocalDate.of(2020, 3, 1), false), RiskLevel.GREEN,
                        List.of(), false),
                // arrival before the look-back window of the visit
                Arguments.of(finding("36.5", null, "湖北", LocalDate.of(2020, 2, 24), false), RiskLevel.GREEN,
                        List.of(), false),
                // arrival after the visit is a typing error, not a trip
                Arguments.of(finding("36.5", null, "湖北", LocalDate.of(2020, 3, 11), false), RiskLevel.GREEN,
                        List.of(), false),
                // medium area, fever and contact at once
                Arguments.of(finding("37.5", null, "温州", LocalDate.of(2020, 3, 8), true), RiskLevel.RED,
                        List.of(RiskRules.FEVER, RiskRules.CONTACT, RiskRules.MEDIUM_AREA), true));
    }

    @ParameterizedTest
    @MethodSource("findings")
    void aFindingGivesTheLevelOfItsMostSeriousRule(Finding finding, RiskLevel level, List<String> reasons,
            boolean proposesForKeyArea) {
        RiskRules.Assessment assessment = RiskRules.assess(finding, VISIT, AREAS, RULES);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.reasons()).containsExactlyElementsOf(reasons);
        assertThat(assessment.keyArea()).isEqualTo(proposesForKeyArea);
        assertThat(assessment.proposesQuarantine()).isEqualTo(level == RiskLevel.RED || proposesForKeyArea);
    }

    @ParameterizedTest
    @CsvSource({
        // arrival,   validTo,    expected
        "2020-03-01, 2020-03-01, HIGH",
        "2020-03-09, 2020-02-24, HIGH",
        "2020-03-09, 2020-02-23, ",
        "2020-01-22, 2020-03-01, ",
        "2020-01-23, 2020-03-01, HIGH",
    })
    void anAreaCountsFromItsStartToItsEndPlusTheLookBack(LocalDate arrived, LocalDate validTo, KeyAreaLevel expected) {
        List<KeyAreaView> areas = List.of(new KeyAreaView(1, "武汉市", KeyAreaLevel.HIGH, LocalDate.of(2020, 1, 23),
                validTo, false, false));
        assertThat(RiskRules.matchedArea("武汉", arrived, arrived.plusDays(3), areas, 14)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "38.5, 37.3, YELLOW",
        "37.5, 37.5, YELLOW",
        "37.4, 37.5, GREEN",
    })
    void theFeverThresholdIsASetting(String temperature, String threshold, RiskLevel expected) {
        Map<String, String> values = new HashMap<>(RULES.asMap());
        values.put(RiskSettings.FEVER_THRESHOLD, threshold);
        RiskSettings settings = RiskSettings.parse(values);
        assertThat(RiskRules.assess(finding(temperature, null, null, null, false), VISIT, AREAS, settings).level())
                .isEqualTo(expected);
    }

    @Test
    void theLevelsOfEachRuleAreSettings() {
        Map<String, String> values = new HashMap<>(RULES.asMap());
        values.put(RiskSettings.LEVEL_FEVER, "RED");
        values.put(RiskSettings.LEVEL_MEDIUM_AREA, "RED");
        RiskSettings settings = RiskSettings.parse(values);
        assertThat(RiskRules.assess(finding("38", null, null, null, false), VISIT, AREAS, settings).level())
                .isEqualTo(RiskLevel.RED);
        assertThat(RiskRules.assess(finding("36", null, "温州", VISIT, false), VISIT, AREAS, settings).level())
                .isEqualTo(RiskLevel.RED);
    }

    @ParameterizedTest
    @CsvSource({
        "36.5, '', false, GREEN",
        "37.3, '', false, YELLOW",
        "36.5, 咳嗽, false, YELLOW",
        "36.5, '', true, YELLOW",
    })
    void aCheckInRaisesForFeverSymptomsOrAMissedDay(String temperature, String symptoms, boolean missed,
            RiskLevel expected) {
        assertThat(RiskRules.assessCheckIn(new BigDecimal(temperature), symptoms, missed, RULES).level())
                .isEqualTo(expected);
    }

    @Test
    void redTurnsGreenAfterFourteenNormalDaysAndYellowAfterSeven() {
        for (RiskLevel raised : List.of(RiskLevel.RED, RiskLevel.YELLOW)) {
            int needed = raised == RiskLevel.RED ? 14 : 7;
            RiskRules.Standing standing = RiskRules.next(null,
                    new RiskRules.Assessment(raised, List.of(RiskRules.CONTACT), false), VISIT, RULES);
            RiskRules.Assessment normal = new RiskRules.Assessment(RiskLevel.GREEN, List.of(), false);
            for (int day = 1; day < needed; day++) {
                standing = RiskRules.next(standing, normal, VISIT.plusDays(day), RULES);
                assertThat(standing.level()).as("day " + day).isEqualTo(raised);
                assertThat(standing.normalDays()).isEqualTo(day);
            }
            standing = RiskRules.next(standing, normal, VISIT.plusDays(needed), RULES);
            assertThat(standing.level()).isEqualTo(RiskLevel.GREEN);
            assertThat(standing.reasons()).isEmpty();
        }
    }

    @Test
    void normalObservationsOnTheSameDayOrTheRaisingDayCountOnce() {
        RiskRules.Assessment normal = new RiskRules.Assessment(RiskLevel.GREEN, List.of(), false);
        RiskRules.Standing standing = RiskRules.next(null,
                new RiskRules.Assessment(RiskLevel.YELLOW, List.of(RiskRules.FEVER), false), VISIT, RULES);
        standing = RiskRules.next(standing, normal, VISIT, RULES);
        assertThat(standing.normalDays()).isZero();
        standing = RiskRules.next(standing, normal, VISIT.plusDays(1), RULES);
        standing = RiskRules.next(standing, normal, VISIT.plusDays(1), RULES);
        assertThat(standing.normalDays()).isEqualTo(1);
    }

    @Test
    void aFeverDuringTheCountStartsItAgainAndAHigherLevelRaisesAtOnce() {
        RiskRules.Assessment normal = new RiskRules.Assessment(RiskLevel.GREEN, List.of(), false);
        RiskRules.Standing standing = RiskRules.next(null,
                new RiskRules.Assessment(RiskLevel.RED, List.of(RiskRules.HIGH_AREA), true), VISIT, RULES);
        for (int day = 1; day <= 5; day++) {
            standing = RiskRules.next(standing, normal, VISIT.plusDays(day), RULES);
        }
        standing = RiskRules.next(standing, new RiskRules.Assessment(RiskLevel.YELLOW, List.of(RiskRules.FEVER), false),
                VISIT.plusDays(6), RULES);
        assertThat(standing.level()).isEqualTo(RiskLevel.RED);
        assertThat(standing.normalDays()).isZero();
        assertThat(standing.reasons()).containsExactly(RiskRules.HIGH_AREA, RiskRules.FEVER);

        RiskRules.Standing yellow = RiskRules.next(null,
                new RiskRules.Assessment(RiskLevel.YELLOW, List.of(RiskRules.FEVER), false), VISIT, RULES);
        RiskRules.Standing red = RiskRules.next(yellow,
                new RiskRules.Assessment(RiskLevel.RED, List.of(RiskRules.CONTACT), false), VISIT.plusDays(2), RULES);
        assertThat(red.level()).isEqualTo(RiskLevel.RED);
        assertThat(red.since()).isEqualTo(VISIT.plusDays(2));
        assertThat(red.reasons()).containsExactly(RiskRules.CONTACT);
    }

    @Test
    void releaseEndsYellowButNotRed() {
        RiskRules.Standing yellow = RiskRules.next(null,
                new RiskRules.Assessment(RiskLevel.YELLOW, List.of(RiskRules.MEDIUM_AREA), true), VISIT, RULES);
        assertThat(RiskRules.released(yellow, VISIT.plusDays(14)).level()).isEqualTo(RiskLevel.GREEN);
        RiskRules.Standing red = RiskRules.next(null,
                new RiskRules.Assessment(RiskLevel.RED, List.of(RiskRules.CONTACT), false), VISIT, RULES);
        assertThat(RiskRules.released(red, VISIT.plusDays(14)).level()).isEqualTo(RiskLevel.RED);
    }

    @Test
    void theDefaultsAreTheRulesOfFieldMd() {
        assertThat(RULES.feverThreshold()).isEqualByComparingTo("37.3");
        assertThat(RULES.lookbackDays()).isEqualTo(14);
        assertThat(RULES.quarantineDays()).isEqualTo(14);
        assertThat(RULES.normalDaysToGreen(RiskLevel.RED)).isEqualTo(14);
        assertThat(RULES.normalDaysToGreen(RiskLevel.YELLOW)).isEqualTo(7);
        assertThat(RiskSettings.parse(RULES.asMap())).isEqualTo(RULES);
    }

    @ParameterizedTest
    @CsvSource({
        "fever.threshold, 35.9",
        "fever.threshold, 37.25",
        "fever.threshold, abc",
        "lookback.days, 0",
        "lookback.days, 61",
        "order.days, -1",
        "green.after.red, 1.5",
        "level.contact, PURPLE",
        "level.fever, ''",
        "checkin.deadline.hour, 24",
    })
    void aBadSettingIsRefusedUnderItsKey(String key, String value) {
        Map<String, String> values = new HashMap<>(RULES.asMap());
        values.put(key, value);
        assertThatThrownBy(() -> RiskSettings.parse(values)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(InvalidInputException.Violation::field).containsExactly(key));
    }

    @Test
    void aHighAreaCannotGiveLessThanAMediumOne() {
        Map<String, String> values = new HashMap<>(RULES.asMap());
        values.put(RiskSettings.LEVEL_HIGH_AREA, "YELLOW");
        values.put(RiskSettings.LEVEL_MEDIUM_AREA, "RED");
        assertThatThrownBy(() -> RiskSettings.parse(values)).isInstanceOf(InvalidInputException.class);
    }
}
