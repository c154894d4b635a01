package org.shuangsheng.command;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.command.internal.AlertStore;
import org.shuangsheng.command.internal.AlertTexts;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.notification.Notifications;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts on the command centre's list (告警): any module calls {@link #raise} when it finds
 * something the command centre must act on (a fever at a door, a daily report missing after its
 * deadline, a quarantine overdue for release, stock below its minimum). For example:
 *
 * <pre>{@code
 * alerts.raise(new NewAlert("screening.fever", AlertSeverity.CRITICAL, grid.code(), grid.path(),
 *         "screening.alert.fever", List.of(Masking.name(resident.name()), "38.6"),
 *         "/screening/visits/" + visit.id(), "resident-" + resident.id()));
 * }</pre>
 *
 * <p>The alert is written in the caller's transaction (it exists exactly when the change that
 * raised it committed). The commander, departments and the subdistrict officers whose scope
 * covers its region see it on {@code /alerts} with a badge of the open ones on every page; the
 * commanders whose scope covers it also get an in-app notification (a {@link AlertSeverity#CRITICAL}
 * one goes to the group-chat robot too). While an alert with the same kind and dedup key is not
 * resolved, raising it again only counts an occurrence. No ID number or full phone number ever
 * reaches the alert: title arguments shaped like one are masked.
 */
@Service
public class Alerts {

    static final String KIND = "[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+";
    static final String KEY = "[a-zA-Z][\\w.-]*";
    static final String CODE = "[A-Za-z0-9]+";
    /** A path in the platform: no other site ({@code //host}), no space, control or backslash. */
    static final String LINK = "/(?!/)[^\\x00-\\x20\\\\]*";
    static final int MAX_KIND = 64;
    static final int MAX_CODE = 32;
    static final int MAX_TITLE_KEY = 120;
    static final int MAX_ARGS = 5;
    static final int MAX_ARG = 100;
    static final int MAX_LINK = 500;
    static final int MAX_DEDUP_KEY = 200;
    /** The title of an alert whose details the retention purge removed. */
    static final String EXPIRED_TITLE = "alert.title.expired";
    /** Tries of insert-or-count when the alert of a key is resolved between the two steps. */
    private static final int TRIES = 3;

    private final AlertStore store;
    private final RegionTree regions;
    private final RegionDirectory places;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    Alerts(AlertStore store, RegionTree regions, RegionDirectory places, Notifications notifications,
            MessageSource messages, ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.validator = validator;
        this.store = store;
        this.regions = regions;
        this.places = places;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens an alert, or counts one more occurrence of the unresolved alert with the same kind
     * and dedup key. Joins the caller's transaction (or runs in its own when there is none).
     *
     * @return the id of the alert opened or counted
     * @throws InvalidInputException naming {@code kind}, {@code severity}, {@code regionCode},
     *         {@code regionPath}, {@code titleKey}, {@code titleArgs}, {@code link} or {@code dedupKey}
     */
    @Transactional
    public long raise(NewAlert alert) {
        AlertStore.Insert insert = checked(alert);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Optional<Long> opened = store.insert(insert, now);
            if (opened.isPresent()) {
                announce(opened.get(), insert, now);
                return opened.get();
            }
            Optional<Long> counted = store.recur(insert.openKey(), now);
            if (counted.isPresent()) {
                return counted.get();
            }
        }
        throw new IllegalStateException("alert " + insert.kind() + " neither opened nor counted");
    }

    /**
     * How many resolved alerts of these kinds, last raised before {@code before} in the scope,
     * still carry their details (see {@link #redactExpired}).
     */
    public long countExpired(Set<String> kinds, Instant before, DataScope.Regions scope) {
        return store.countExpired(kinds, before, EXPIRED_TITLE, scope);
    }

    /**
     * For the retention purge: a resolved alert of these kinds last raised before {@code before}
     * keeps its kind, region, dates and who handled it, but its title (a masked name, a
     * temperature) becomes "details cleared", its notes go, and so do the texts of the messages
     * that announced it. Joins the caller's transaction.
     *
     * @return how many alerts were changed
     */
    @Transactional
    public long redactExpired(Set<String> kinds, Instant before, DataScope.Regions scope) {
        List<Long> ids = store.redactExpired(kinds, before, EXPIRED_TITLE, scope);
        if (!ids.isEmpty()) {
            Locale zh = Locale.SIMPLIFIED_CHINESE;
            notifications.redact(ids.stream().map(Alerts::dedupKey).toList(),
                    messages.getMessage("alert.notification.expired.subject", null, zh),
                    messages.getMessage("alert.notification.expired.body", null, zh));
        }
        return ids.size();
    }

    private static String dedupKey(long alertId) {
        return "command.alert." + alertId;
    }

    private void announce(long id, AlertStore.Insert alert, Instant now) {
        events.publishEvent(new AlertRaised(id, alert.kind(), alert.severity(), alert.regionCode(), alert.regionPath(),
                now));
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String severity = messages.getMessage("alert.severity." + alert.severity(), null, zh);
        // The message is kept as written, so it names the region as people do; the code alone
        // would read as a number and be masked like one.
        String place = places.placesOf(List.of(alert.regionPath())).getOrDefault(alert.regionPath(),
                alert.regionName());
        String title = AlertTexts.title(messages, alert.titleKey(),
                AlertTexts.named(alert.titleArgs(), alert.regionCode(), place), zh);
        String subject = AlertTexts.cut("[" + severity + "] " + title, 100);
        String body = messages.getMessage("alert.notification.body", new Object[] {place, "/alerts/" + id}, zh);
        EnumSet<Channel> channels = alert.severity() == AlertSeverity.CRITICAL
                ? EnumSet.of(Channel.IN_APP, Channel.WEBHOOK) : EnumSet.of(Channel.IN_APP);
        notifications.send(new NotificationRequest(null, Role.COMMANDER, alert.regionPath(), subject, body, channels,
                dedupKey(id)));
    }

    private AlertStore.Insert checked(NewAlert alert) {
        Violations.of(validator, alert).throwIfAny();
        String code = TypedText.stripped(alert.regionCode());
        String name = regions.find(code).map(RegionTree.Node::name).orElse(code);
        String dedupKey = TypedText.stripped(alert.dedupKey());
        return new AlertStore.Insert(TypedText.stripped(alert.kind()), alert.severity(), code,
                RegionPath.of(TypedText.stripped(alert.regionPath())).value(), name,
                TypedText.stripped(alert.titleKey()), alert.titleArgs().stream().map(AlertTexts::argument).toList(),
                TypedText.stripped(alert.link()), dedupKey == null ? null : AlertTexts.argument(dedupKey));
    }
}
