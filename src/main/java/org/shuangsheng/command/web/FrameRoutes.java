package org.shuangsheng.command.web;

import java.util.EnumSet;
import org.shuangsheng.identity.NavigationArea;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The home page and the navigation's badges, which frame every page: open to whoever is signed
 * in, whatever the role, so no policy rule names them.
 */
@Configuration
class FrameRoutes {

    @Bean
    RouteRules homeRouteRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/").authenticated();
    }

    @Bean
    RouteRules badgeRouteRules() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/badges").authenticated();
    }

    @Bean
    NavigationEntry homeEntry() {
        return new NavigationEntry("nav.home", "/", NavigationArea.OVERVIEW, 0, "house", EnumSet.allOf(Role.class));
    }
}
