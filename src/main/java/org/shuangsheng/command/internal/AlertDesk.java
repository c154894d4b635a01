package org.shuangsheng.command.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.command.AlertFilter;
import org.shuangsheng.command.AlertStatus;
import org.shuangsheng.command.AlertView;
import org.shuangsheng.command.RegionTree;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command centre's side of alerts: the list within the caller's scope, one alert, and taking
 * it on (acknowledge) or closing it (resolve), each with a note. An alert outside the scope
 * answers as if it did not exist. A change that its status forbids (acknowledging a resolved
 * alert, resolving one twice) is refused with a message naming the status field.
 */
@Service
public class AlertDesk {

    public static final int MAX_NOTE = 500;

    private final AlertStore store;
    private final DataScopes scopes;
    private final RegionTree regions;
    private final RegionDirectory places;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    AlertDesk(AlertStore store, DataScopes scopes, RegionTree regions, RegionDirectory places, MessageSource messages,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.scopes = scopes;
        this.regions = regions;
        this.places = places;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open alerts in a user's scope: the badge in the navigation. */
    @Transactional(readOnly = true)
    public long openCount(Scope scope) {
        if (!(scopes.of(scope) instanceof DataScope.Regions regions)) {
            return 0;
        }
        AlertStore.Where within = AlertStore.within(regions);
        List<Object> params = new ArrayList<>(within.params());
        params.add(AlertStatus.OPEN.name());
        return store.count(new AlertStore.Where(within.sql() + " AND status = ?", params));
    }

    /**
     * The alerts in the caller's scope that the filter selects, open ones first, newest first.
     *
     * @throws NotFoundException when the filter's region is unknown or outside the caller's scope
     */
    @Transactional(readOnly = true)
    public Page<AlertView> list(AlertFilter filter, Pageable pageable) {
        return page(filter, pageable, false);
    }

    /**
     * {@link #list} as a person reads it: the region by its names ({@code 红旗街道 · 红旗社区 · 第1网格}),
     * in its column and wherever the title names it by code. Looked up now from the stored path,
     * so alerts raised before a rename, or before names were shown, read the current names; a
     * region no longer in the tree keeps the name stored when it was raised.
     */
    @Transactional(readOnly = true)
    public Page<AlertView> listNamed(AlertFilter filter, Pageable pageable) {
        return page(filter, pageable, true);
    }

    private Page<AlertView> page(AlertFilter filter, Pageable pageable, boolean named) {
        Optional<AlertStore.Where> where = where(filter);
        if (where.isEmpty()) {
            return Page.empty(pageable);
        }
        long total = store.count(where.get());
        List<AlertStore.Row> rows = store.list(where.get(), pageable.getOffset(), pageable.getPageSize());
        Map<String, String> names = named ? places.placesOf(rows.stream().map(AlertStore.Row::regionPath).toList())
                : Map.of();
        return new PageImpl<>(rows.stream().map(r -> view(r, names)).toList(), pageable, total);
    }

    /** One alert in the caller's scope. */
    @Transactional(readOnly = true)
    public AlertView get(long id) {
        return view(require(id), Map.of());
    }

    /** One alert in the caller's scope, as {@link #listNamed} shows it. */
    @Transactional(readOnly = true)
    public AlertView getNamed(long id) {
        AlertStore.Row alert = require(id);
        return view(alert, places.placesOf(List.of(alert.regionPath())));
    }

    /** Takes an OPEN alert on. */
    @Transactional
    public AlertView acknowledge(long id, String note) {
        AlertStore.Row alert = require(id);
        String checked = note(note);
        if (!store.acknowledge(id, me(), checked, clock.instant())) {
            throw new InvalidInputException("status", "alert.transition.notOpen",
                    status(store.find(id).orElse(alert).status()));
        }
        audit.record(AuditAction.UPDATE, "alert", Long.toString(id), AuditOutcome.SUCCESS, "acknowledged");
        return get(id);
    }

    /** Closes an OPEN or ACKNOWLEDGED alert; a later raise of its key opens a new one. */
    @Transactional
    public AlertView resolve(long id, String note) {
        require(id);
        String checked = note(note);
        if (!store.resolve(id, me(), checked, clock.instant())) {
            throw new InvalidInputException("status", "alert.transition.resolved");
        }
        audit.record(AuditAction.UPDATE, "alert", Long.toString(id), AuditOutcome.SUCCESS, "resolved");
        return get(id);
    }

    /** The start of a day in the district's zone, for the date filter. */
    Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    private Optional<AlertStore.Where> where(AlertFilter filter) {
        if (!(scopes.current() instanceof DataScope.Regions scope) || scope.paths().isEmpty()) {
            return Optional.empty();
        }
        AlertStore.Where within = AlertStore.within(scope);
        StringBuilder sql = new StringBuilder(within.sql());
        List<Object> params = new ArrayList<>(within.params());
        AlertFilter f = filter == null ? AlertFilter.none() : filter;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            RegionTree.Node region = regions.find(f.regionCode().strip())
                    .filter(node -> scope.covers(node.path()))
                    .orElseThrow(() -> new NotFoundException("region"));
            DataScope.SqlCondition subtree = new DataScope.Regions(Set.of(region.path())).condition("region_path");
            sql.append(" AND ").append(subtree.sql());
            params.addAll(subtree.params());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            params.add(f.status().name());
        }
        if (f.severity() != null) {
            sql.append(" AND severity = ?");
            params.add(f.severity().name());
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            sql.append(" AND kind = ?");
            params.add(f.kind().strip());
        }
        if (f.from() != null) {
            sql.append(" AND raised_at >= ?");
            params.add(AlertStore.utc(startOf(f.from())));
        }
        if (f.to() != null) {
            sql.append(" AND raised_at < ?");
            params.add(AlertStore.utc(startOf(f.to().plusDays(1))));
        }
        return Optional.of(new AlertStore.Where(sql.toString(), params));
    }

    private AlertStore.Row require(long id) {
        return store.find(id)
                .filter(alert -> scopes.current() instanceof DataScope.Regions scope && scope.covers(alert.regionPath()))
                .orElseThrow(() -> new NotFoundException("alert"));
    }

    private String status(AlertStatus status) {
        return messages.getMessage("alert.status." + status, null, LocaleContextHolder.getLocale());
    }

    private static String note(String note) {
        String text = AlertTexts.argument(note);
        if (text.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "alert.invalid.note", MAX_NOTE);
        }
        return text.isEmpty() ? null : text;
    }

    private static String me() {
        return CurrentUser.scope().map(Scope::username).orElseThrow(() -> new NotFoundException("alert"));
    }

    /** The alert, with its region by name where {@code places} knows its path. */
    private AlertView view(AlertStore.Row r, Map<String, String> places) {
        String place = places.get(r.regionPath());
        List<String> args = place == null ? r.titleArgs() : AlertTexts.named(r.titleArgs(), r.regionCode(), place);
        return new AlertView(r.id(), r.kind(), r.severity(), r.status(), r.regionCode(),
                place == null ? r.regionName() : place,
                AlertTexts.title(messages, r.titleKey(), args, LocaleContextHolder.getLocale()), r.link(),
                r.occurrences(), r.raisedAt(), r.lastRaisedAt(), r.acknowledgedAt(), r.acknowledgedBy(),
                r.acknowledgeNote(), r.resolvedAt(), r.resolvedBy(), r.resolveNote());
    }
}
