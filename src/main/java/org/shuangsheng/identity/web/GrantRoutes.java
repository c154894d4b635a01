package org.shuangsheng.identity.web;

import java.util.EnumSet;
import org.shuangsheng.identity.AccountApprovals;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationBadge;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Grants are decided by an administrator or the commander; which of them may decide a given
 * grant (never its requester) is the rule of {@code AccountApprovals}.
 */
@Configuration
class GrantRoutes implements RouteRules {

    static final String[] DECIDERS = {Role.ADMIN.name(), Role.COMMANDER.name()};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/grants").hasAnyRole(DECIDERS)
                .requestMatchers(HttpMethod.POST, "/grants/*/approve", "/grants/*/reject").hasAnyRole(DECIDERS);
    }

    @Bean
    NavigationBadge grantsBadge(AccountApprovals approvals) {
        return new NavigationBadge("grants", "/grants", "account.grant.list.title", "person-check", "warning", 2,
                EnumSet.of(Role.ADMIN, Role.COMMANDER), scope -> approvals.pendingCount());
    }

    @Bean
    NavigationEntry grantsEntry() {
        return new NavigationEntry("nav.grants", "/grants", NavigationArea.SYSTEM, 99, "person-check", EnumSet.of(Role.ADMIN, Role.COMMANDER));
    }
}
