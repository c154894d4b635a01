package org.shuangsheng.command.web;

import static org.shuangsheng.command.CommandPolicy.OFFICIALS;

import java.util.List;
import org.shuangsheng.command.internal.AlertDesk;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationBadge;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.PersonalDataLists;
import org.shuangsheng.identity.RouteRules;
import org.shuangsheng.identity.TodoItem;
import org.shuangsheng.identity.TodoSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who reaches the alert pages and API, by the rules of {@code CommandPolicy}: the officials see
 * the alerts of their scope and take them on or resolve them.
 */
@Configuration
class AlertRoutes {

    @Bean
    PersonalDataLists alertPersonalDataLists() {
        // A fever alert names the resident (masked) with the temperature taken at the door.
        return () -> List.of("/api/v1/alerts");
    }

    @Bean
    RouteRules alertRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/alerts", "/alerts/export", "/alerts/*")
                .hasAnyAuthority(OFFICIALS.authorities())
                .requestMatchers(HttpMethod.POST, "/alerts/*/acknowledge", "/alerts/*/resolve")
                .hasAnyAuthority(OFFICIALS.authorities())
                .requestMatchers(HttpMethod.GET, "/api/v1/alerts").hasAnyAuthority(OFFICIALS.authorities())
                .requestMatchers(HttpMethod.POST, "/api/v1/alerts/*/acknowledge", "/api/v1/alerts/*/resolve")
                .hasAnyAuthority(OFFICIALS.authorities());
    }

    @Bean
    NavigationEntry alertEntry() {
        return new NavigationEntry("alert.nav", "/alerts", NavigationArea.OVERVIEW, 12, "exclamation-triangle", OFFICIALS.roles());
    }

    /** The open alerts in the user's scope, beside the bell on every page. */
    @Bean
    NavigationBadge alertBadge(AlertDesk desk) {
        return new NavigationBadge("alerts", "/alerts", "alert.badge", "exclamation-triangle", "danger", 1,
                OFFICIALS.roles(), desk::openCount);
    }

    /** The open alerts in the official's scope, on the to-do home: the same count as the badge. */
    @Bean
    TodoSource alertTodo(AlertDesk desk) {
        return scope -> OFFICIALS.roles().contains(scope.role())
                ? List.of(new TodoItem("alerts", "alert.todo", desk.openCount(scope), "/alerts?status=OPEN", "danger"))
                : List.of();
    }
}
