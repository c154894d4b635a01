package org.shuangsheng.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.RouteRules;
import org.shuangsheng.identity.internal.SecondFactor;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up the second factor, and entering its code at sign-in. */
@Controller
class SecondFactorController {

    static final String ENROLLING = "shuangsheng.totpEnrolling";

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/login/totp")
    String codeForm() {
        return "identity/totp-code";
    }

    @PostMapping("/login/totp")
    String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String username = CurrentUser.scope().orElseThrow().username();
        if (secondFactor.check(username, code)) {
            request.getSession().removeAttribute(SecondFactor.PENDING);
            return "redirect:/";
        }
        if (!secondFactor.isUsable(username)) {
            new SecurityContextLogoutHandler().logout(request, response,
                    SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?error";
        }
        model.addAttribute("wrong", true);
        return "identity/totp-code";
    }

    @GetMapping("/account/totp")
    String settings(HttpSession session, Model model) {
        String username = CurrentUser.scope().orElseThrow().username();
        boolean enabled = secondFactor.isEnabled(username);
        model.addAttribute("enabled", enabled);
        if (!enabled) {
            SecondFactor.Enrollment enrollment = secondFactor.start(username);
            session.setAttribute(ENROLLING, enrollment.secret());
            model.addAttribute("enrollment", enrollment);
        }
        return "identity/totp";
    }

    @PostMapping("/account/totp/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
            RedirectAttributes redirect) {
        String username = CurrentUser.scope().orElseThrow().username();
        try {
            secondFactor.confirm(username, (String) session.getAttribute(ENROLLING), code);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return settings(session, model);
        }
        session.removeAttribute(ENROLLING);
        redirect.addFlashAttribute("flash", "totp.flash.enabled");
        return "redirect:/account/totp";
    }

    @PostMapping("/account/totp/remove")
    String remove(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
            RedirectAttributes redirect) {
        String username = CurrentUser.scope().orElseThrow().username();
        try {
            secondFactor.remove(username, code);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("enabled", true);
            return "identity/totp";
        }
        redirect.addFlashAttribute("flash", "totp.flash.removed");
        return "redirect:/account/totp";
    }

    @Configuration
    static class Routes {

        @Bean
        org.shuangsheng.identity.NavigationEntry totpEntry() {
            return new org.shuangsheng.identity.NavigationEntry("nav.totp", "/account/totp",
                    org.shuangsheng.identity.NavigationArea.SYSTEM, 110, "shield-lock",
                    java.util.EnumSet.of(Role.COMMANDER, Role.ADMIN));
        }

        @Bean
        RouteRules secondFactorRoutes() {
            return routes -> routes
                    .requestMatchers("/login/totp").authenticated()
                    .requestMatchers(HttpMethod.GET, "/account/totp").hasAnyRole(Role.COMMANDER.name(), Role.ADMIN.name())
                    .requestMatchers(HttpMethod.POST, "/account/totp/confirm", "/account/totp/remove")
                    .hasAnyRole(Role.COMMANDER.name(), Role.ADMIN.name());
        }
    }
}
