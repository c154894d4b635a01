package org.shuangsheng.notification.web;

import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.notification.NotificationQueries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread messages for the bell in the navigation of every page. */
@ControllerAdvice
class InboxBadge {

    private final NotificationQueries notifications;

    InboxBadge(NotificationQueries notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        return CurrentUser.scope().map(scope -> notifications.unreadCount(scope.username(), scope.role()))
                .orElse(null);
    }
}
