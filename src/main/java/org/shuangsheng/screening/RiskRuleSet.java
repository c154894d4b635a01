package org.shuangsheng.screening;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.screening.internal.RiskSetting;
import org.shuangsheng.screening.internal.RiskSettingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The risk rule set's rows: read by the rules at every finding, changed on the settings page. */
@Service
@Transactional
public class RiskRuleSet {

    /** One row of the settings page. */
    public record Row(String key, String value, String description, String updatedBy) {
    }

    private final RiskSettingRepository settings;
    private final AuditLog audit;
    private final Clock clock;

    RiskRuleSet(RiskSettingRepository settings, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings in force; a row missing from the table takes its default. */
    @Transactional(readOnly = true)
    public RiskSettings current() {
        Map<String, String> values = new LinkedHashMap<>(RiskSettings.DEFAULTS.asMap());
        settings.findAll().forEach(s -> values.put(s.getKey(), s.getValue()));
        return RiskSettings.parse(values);
    }

    @Transactional(readOnly = true)
    public List<Row> rows() {
        Map<String, RiskSetting> stored = new LinkedHashMap<>();
        settings.findAll().forEach(s -> stored.put(s.getKey(), s));
        Map<String, String> defaults = RiskSettings.DEFAULTS.asMap();
        return RiskSettings.KEYS.stream().map(key -> {
            RiskSetting s = stored.get(key);
            return s == null ? new Row(key, defaults.get(key), "", null)
                    : new Row(key, s.getValue(), s.getDescription(), s.getUpdatedBy());
        }).toList();
    }

    /**
     * Replaces the values given (keys of {@link RiskSettings#KEYS}; others are ignored), all or
     * none: the whole set must still parse. Each changed value is audited with old and new value.
     */
    public RiskSettings update(Map<String, String> changes) {
        Map<String, String> values = new LinkedHashMap<>(current().asMap());
        for (String key : RiskSettings.KEYS) {
            if (changes.containsKey(key)) {
                values.put(key, changes.get(key) == null ? "" : changes.get(key).strip());
            }
        }
        RiskSettings parsed = RiskSettings.parse(values);
        Map<String, String> normalised = parsed.asMap();
        for (RiskSetting setting : settings.findAll()) {
            String value = normalised.get(setting.getKey());
            if (value != null && !value.equals(setting.getValue())) {
                audit.record(AuditAction.UPDATE, "risk-setting", setting.getKey(), AuditOutcome.SUCCESS,
                        setting.getValue() + " -> " + value);
                setting.change(value, clock.instant(), KeyAreas.username());
            }
        }
        return parsed;
    }
}
