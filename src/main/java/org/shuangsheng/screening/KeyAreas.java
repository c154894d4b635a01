package org.shuangsheng.screening;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.screening.internal.KeyArea;
import org.shuangsheng.screening.internal.KeyAreaRepository;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.IsoDateValidator;
import org.shuangsheng.shared.validation.Violations;
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
    private final Validator validator;

    KeyAreas(KeyAreaRepository areas, AuditLog audit, Clock clock, Validator validator) {
        this.validator = validator;
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

    private Checked check(NewKeyArea input) {
        Violations violations = Violations.of(validator, input);
        LocalDate from = violations.refused("validFrom") ? null : IsoDateValidator.parse(input.validFrom());
        LocalDate to = violations.refused("validTo") ? null : IsoDateValidator.parse(input.validTo());
        if (from != null && to != null && to.isBefore(from)) {
            violations.add("validTo", "quarantine.keyArea.validTo.beforeFrom");
        }
        violations.throwIfAny();
        return new Checked(TypedText.stripped(input.name()), KeyAreaLevel.valueOf(TypedText.stripped(input.level())),
                from, to);
    }

    static String username() {
        return CurrentUser.scope().map(Scope::username).orElse("system");
    }
}
