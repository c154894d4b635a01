package org.shuangsheng.identity.web;

import static org.shuangsheng.identity.IdentityPolicy.ADMINISTRATORS;

import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The account administration is the administrator's, by {@code IdentityPolicy.ADMINISTRATORS};
 * everyone signed in changes its own password.
 */
@Configuration
class UserAdminRoutes {

    @Bean
    RouteRules userAdminRouteRules() {
        return routes -> routes
                .requestMatchers("/users", "/users/**").hasAnyAuthority(ADMINISTRATORS.authorities())
                .requestMatchers(HttpMethod.GET, "/account/password").authenticated()
                .requestMatchers(HttpMethod.POST, "/account/password").authenticated();
    }

    @Bean
    NavigationEntry usersEntry() {
        return new NavigationEntry("nav.users", "/users", NavigationArea.SYSTEM, 100, "person-gear", ADMINISTRATORS.roles());
    }
}
