package org.shuangsheng.identity.web;

import static org.shuangsheng.identity.IdentityPolicy.SECOND_FACTOR_USERS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Setting up a second factor is for the accounts of {@code IdentityPolicy.SECOND_FACTOR_USERS};
 * entering its code at sign-in is for whoever signed in with a password and has one.
 */
@Configuration
class SecondFactorRoutes {

    @Bean
    NavigationEntry totpEntry() {
        return new NavigationEntry("nav.totp", "/account/totp", NavigationArea.SYSTEM, 110, "shield-lock", SECOND_FACTOR_USERS.roles());
    }

    @Bean
    RouteRules secondFactorRouteRules() {
        return routes -> routes
                .requestMatchers("/login/totp").authenticated()
                .requestMatchers(HttpMethod.GET, "/account/totp").hasAnyAuthority(SECOND_FACTOR_USERS.authorities())
                .requestMatchers(HttpMethod.POST, "/account/totp/confirm", "/account/totp/remove")
                .hasAnyAuthority(SECOND_FACTOR_USERS.authorities());
    }
}
