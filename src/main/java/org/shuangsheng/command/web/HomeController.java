package org.shuangsheng.command.web;

import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.Scope;
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
}
