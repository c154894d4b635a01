package org.shuangsheng;

import java.util.HashMap;
import java.util.Map;
import org.shuangsheng.identity.internal.ApiTokens;
import org.shuangsheng.identity.internal.UserAccountRepository;
import org.springframework.stereotype.Component;

/** Real bearer tokens for the demo accounts, issued once per account and context. */
@Component
public class ApiTokensForTests {

    private final ApiTokens tokens;
    private final UserAccountRepository accounts;
    private final Map<String, String> issued = new HashMap<>();

    ApiTokensForTests(ApiTokens tokens, UserAccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    public synchronized String bearer(String username) {
        return "Bearer " + issued.computeIfAbsent(username,
                name -> tokens.issue(accounts.findByUsername(name).orElseThrow().getId()).token());
    }
}
