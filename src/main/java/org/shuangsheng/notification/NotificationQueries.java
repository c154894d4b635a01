package org.shuangsheng.notification;

import java.time.Clock;
import java.util.List;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.internal.MessageStore;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox of an account: the messages addressed to it and those broadcast to its role,
 * newest first. Another account's message answers {@link NotFoundException}, as if it did not exist.
 */
@Service
public class NotificationQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final MessageStore store;
    private final Clock clock;

    NotificationQueries(MessageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** How many messages of the inbox are unread: the bell's badge. */
    public long unreadCount(String username, Role role) {
        return store.count(username, role, true);
    }

    public Page<NotificationView> inbox(String username, Role role, boolean unreadOnly, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE));
        List<NotificationView> messages = store.inbox(username, role, unreadOnly, page.getOffset(),
                page.getPageSize());
        return PageableExecutionUtils.getPage(messages, page, () -> store.count(username, role, unreadOnly));
    }

    public NotificationView get(String username, Role role, long id) {
        return store.find(username, role, id).orElseThrow(() -> new NotFoundException("notification " + id));
    }

    /** Marks one message of the inbox read (again is harmless). */
    @Transactional
    public void markRead(String username, Role role, long id) {
        if (!store.markRead(username, role, id, clock.instant())) {
            throw new NotFoundException("notification " + id);
        }
    }

    /** Marks every message of the inbox read; answers how many were unread. */
    @Transactional
    public int markAllRead(String username, Role role) {
        return store.markAllRead(username, role, clock.instant());
    }
}
