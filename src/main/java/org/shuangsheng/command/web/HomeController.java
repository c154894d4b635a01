package org.shuangsheng.command.web;

import java.util.EnumSet;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.shuangsheng.identity.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are, what you answer for, where to go. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        Scope scope = CurrentUser.scope().orElseThrow();
        model.addAttribute("scope", scope);
        model.addAttribute("displayName", CurrentUser.displayName().orElse(scope.username()));
        return "command/home";
    }

    @Configuration
    static class Routes {

        @Bean
        RouteRules commandRoutes() {
            return routes -> routes.requestMatchers(HttpMethod.GET, "/").authenticated();
        }

        @Bean
        NavigationEntry homeEntry() {
            return new NavigationEntry("nav.home", "/", 0, EnumSet.allOf(Role.class));
        }
    }
}
