package org.shuangsheng.notification.web;

import java.util.EnumSet;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationBadge;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.shuangsheng.notification.NotificationQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The inbox is every signed-in user's own, whatever the role, so no policy rule names it: the
 * queries answer each caller with its own messages and those broadcast to its role.
 */
@Configuration
class NotificationRoutes {

    @Bean
    RouteRules notificationRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/notifications", "/notifications/*").authenticated()
                .requestMatchers(HttpMethod.POST, "/notifications/*/read", "/notifications/read-all")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications/*")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/notifications/*/read").authenticated();
    }

    /** The bell: the number of unread messages, on every page. */
    @Bean
    NavigationBadge inboxBadge(NotificationQueries queries) {
        return new NavigationBadge("inbox", "/notifications", "notification.nav", "bell", "warning", 0,
                EnumSet.allOf(Role.class), queries::unreadCount);
    }

    @Bean
    NavigationEntry notificationEntry() {
        return new NavigationEntry("notification.nav", "/notifications", NavigationArea.OVERVIEW, 5, "bell", EnumSet.allOf(Role.class));
    }
}
