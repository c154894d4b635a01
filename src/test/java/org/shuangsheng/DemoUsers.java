package org.shuangsheng;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
}
