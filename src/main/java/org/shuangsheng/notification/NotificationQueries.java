package org.shuangsheng.notification;

import java.time.Clock;
import java.util.List;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.notification.internal.MessageStore;
import org.shuangsheng.notification.internal.MessageStore.Reader;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox of an account: the messages addressed to it and those broadcast to its role,
 * newest first. A broadcast about a region reaches only the accounts of the role whose scope
 * covers that region (an officer of another subdistrict, or an enterprise, does not get it).
 * Another account's message answers {@link NotFoundException}, as if it did not exist.
 */
@Service
public class NotificationQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final MessageStore store;
    private final DataScopes scopes;
    private final Clock clock;

    NotificationQueries(MessageStore store, DataScopes scopes, Clock clock) {
        this.store = store;
        this.scopes = scopes;
        this.clock = clock;
    }

    private Reader reader(Scope scope) {
        DataScope.Regions regions = scopes.of(scope) instanceof DataScope.Regions r ? r
                : new DataScope.Regions(java.util.Set.of());
        return new Reader(scope.username(), scope.role(), regions.condition("m.region_path"));
    }

    /** How many messages of the inbox are unread: the bell's badge. */
    public long unreadCount(Scope scope) {
        return store.count(reader(scope), true);
    }

    public Page<NotificationView> inbox(Scope scope, boolean unreadOnly, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE));
        Reader reader = reader(scope);
        List<NotificationView> messages = store.inbox(reader, unreadOnly, page.getOffset(), page.getPageSize());
        return PageableExecutionUtils.getPage(messages, page, () -> store.count(reader, unreadOnly));
    }

    public NotificationView get(Scope scope, long id) {
        return store.find(reader(scope), id).orElseThrow(() -> new NotFoundException("notification " + id));
    }

    /** Marks one message of the inbox read (again is harmless). */
    @Transactional
    public void markRead(Scope scope, long id) {
        if (!store.markRead(reader(scope), id, clock.instant())) {
            throw new NotFoundException("notification " + id);
        }
    }

    /** Marks every message of the inbox read; answers how many were unread. */
    @Transactional
    public int markAllRead(Scope scope) {
        return store.markAllRead(reader(scope), clock.instant());
    }
}
