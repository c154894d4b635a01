package org.shuangsheng.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.PasswordChange;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A user's own password. After a change every session and API token of the user ends, this
 * session included: the user signs in again with the new password, under a new session id.
 */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private final AccountManagement accounts;

    AccountController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form() {
        return "identity/password";
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            accounts.changeOwnPassword(new PasswordChange(currentPassword, newPassword, confirmation));
        } catch (InvalidInputException e) {
            // Passwords are never sent back into the page, not even the ones that were typed.
            model.addAttribute("violations", e.violations());
            return "identity/password";
        }
        new SecurityContextLogoutHandler().logout(request, response,
                SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?passwordChanged";
    }
}
