package org.shuangsheng.identity.web;

import static org.shuangsheng.identity.IdentityPolicy.GRANT_DECIDERS;

import org.shuangsheng.identity.AccountApprovals;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationBadge;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Grants are decided by {@code IdentityPolicy.GRANT_DECIDERS}; which of them may decide a given
 * grant (never its requester) is the rule of {@code AccountApprovals}.
 */
@Configuration
class GrantRoutes implements RouteRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
        routes.requestMatchers(HttpMethod.GET, "/grants").hasAnyAuthority(GRANT_DECIDERS.authorities())
                .requestMatchers(HttpMethod.POST, "/grants/*/approve", "/grants/*/reject")
                .hasAnyAuthority(GRANT_DECIDERS.authorities());
    }

    @Bean
    NavigationBadge grantsBadge(AccountApprovals approvals) {
        return new NavigationBadge("grants", "/grants", "account.grant.list.title", "person-check", "warning", 2,
                GRANT_DECIDERS.roles(), scope -> approvals.pendingCount());
    }

    @Bean
    NavigationEntry grantsEntry() {
        return new NavigationEntry("nav.grants", "/grants", NavigationArea.SYSTEM, 99, "person-check", GRANT_DECIDERS.roles());
    }
}
