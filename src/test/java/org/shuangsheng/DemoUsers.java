package org.shuangsheng;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.internal.AccountPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo accounts, with its real role and scope. */
@Component
public class DemoUsers {

    private final UserDetailsService accounts;

    DemoUsers(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** The demo account's scope, as a request signed in as it would carry. */
    public Scope scope(String username) {
        return ((AccountPrincipal) accounts.loadUserByUsername(username)).scope();
    }
}
