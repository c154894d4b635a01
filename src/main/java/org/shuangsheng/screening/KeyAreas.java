package org.shuangsheng.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.screening.internal.KeyArea;
import org.shuangsheng.screening.internal.KeyAreaRepository;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.TypedText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key areas (重点地区) kept as data with the dates they count. District-wide, not personal: who
 * may read or change them is decided by the routes; every change is audited.
 */
@Service
@Transactional
public class KeyAreas {

    static final int MAX_NAME = 60;

    private final KeyAreaRepository areas;
    private final AuditLog audit;
    private final Clock clock;

    KeyAreas(KeyAreaRepository areas, AuditLog audit, Clock clock) {
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<KeyAreaView> list(boolean retired, Pageable pageable) {
        return areas.findByRetired(retired, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("level", "name", "id"))).map(KeyArea::view);
    }

    /** The areas the risk rules match findings against. */
    @Transactional(readOnly = true)
    public List<KeyAreaView> active() {
        return areas.findByRetiredFalse().stream().map(KeyArea::view).toList();
    }

    @Transactional(readOnly = true)
    public KeyAreaView find(long id) {
        return areas.findById(id).map(KeyArea::view).orElseThrow(() -> new NotFoundException("key area"));
    }

    public long create(NewKeyArea input) {
        Checked checked = check(input);
        KeyArea area = areas.save(new KeyArea(checked.name(), checked.level(), checked.from(), checked.to(), false,
                clock.instant(), username()));
        audit.record(AuditAction.CREATE, "key-area", Long.toString(area.getId()), AuditOutcome.SUCCESS,
                checked.name() + " " + checked.level());
        return area.getId();
    }

    public void update(long id, NewKeyArea input) {
        KeyArea area = areas.findById(id).orElseThrow(() -> new NotFoundException("key area"));
        Checked checked = check(input);
        area.change(checked.name(), checked.level(), checked.from(), checked.to(), clock.instant(), username());
        audit.record(AuditAction.UPDATE, "key-area", Long.toString(id), AuditOutcome.SUCCESS,
                checked.name() + " " + checked.level() + " " + checked.from() + ".." + checked.to());
    }

    /** A retired area no longer counts in any finding; it stays listed under 已停用. */
    public void retire(long id) {
        KeyArea area = areas.findById(id).orElseThrow(() -> new NotFoundException("key area"));
        area.retire(clock.instant(), username());
        audit.record(AuditAction.DELETE, "key-area", Long.toString(id), AuditOutcome.SUCCESS, "retired");
    }

    /** Demo key areas valid around today, so that the demo's findings meet them; once only. */
    public void seedDemo() {
        if (areas.countByDemoTrue() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        areas.save(new KeyArea("湖北省", KeyAreaLevel.HIGH, today.minusDays(30), today.plusDays(60), true,
                clock.instant(), "system"));
        areas.save(new KeyArea("武汉市", KeyAreaLevel.HIGH, today.minusDays(30), today.plusDays(60), true,
                clock.instant(), "system"));
        areas.save(new KeyArea("温州市", KeyAreaLevel.MEDIUM, today.minusDays(20), today.plusDays(20), true,
                clock.instant(), "system"));
    }

    private record Checked(String name, KeyAreaLevel level, LocalDate from, LocalDate to) {
    }

    private static Checked check(NewKeyArea input) {
        List<Violation> violations = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            violations.add(new Violation("name", "quarantine.keyArea.name.required"));
        } else if (name.length() > MAX_NAME || TypedText.hasHiddenControls(name) || name.contains(",")) {
            violations.add(new Violation("name", "quarantine.keyArea.name.format", MAX_NAME));
        }
        KeyAreaLevel level = null;
        try {
            level = KeyAreaLevel.valueOf(input.level() == null ? "" : input.level().strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("level", "quarantine.keyArea.level.required"));
        }
        LocalDate from = date(input.validFrom(), "validFrom", true, violations);
        LocalDate to = date(input.validTo(), "validTo", false, violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("validTo", "quarantine.keyArea.validTo.beforeFrom"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(name, level, from, to);
    }

    private static LocalDate date(String text, String field, boolean required, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "quarantine.date.required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                violations.add(new Violation(field, "quarantine.date.format"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "quarantine.date.format"));
            return null;
        }
    }

    static String username() {
        return CurrentUser.scope().map(Scope::username).orElse("system");
    }
}
