package org.shuangsheng.identity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API. The token is shown once to its owner; the database keeps only
 * its SHA-256, so a copy of the table lets nobody in.
 */
@Service
@Transactional
public class ApiTokens {

    public record Issued(String token, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Duration validity;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, Clock clock,
            @Value("${shuangsheng.api.token-validity:12h}") Duration validity) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.validity = validity;
    }

    public Issued issue(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken saved = tokens.save(new ApiToken(hash(token), userId, now, now.plus(validity)));
        return new Issued(token, saved.getExpiresAt());
    }

    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> authenticate(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.isValidAt(now))
                .flatMap(t -> accounts.findById(t.getUserId()))
                // Failed sign-ins do not end a token: they may be a stranger's, not its owner's.
                .filter(UserAccount::isEnabled).filter(UserAccount::isApproved)
                .map(account -> new AccountPrincipal(account, now));
    }

    /** Revokes a token; answers whether it was a live token. */
    public boolean revoke(String token) {
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isValidAt(now)).map(t -> {
            t.revoke(now);
            return true;
        }).orElse(false);
    }

    /** Revokes every token of a user for good: enabling the account again brings none back. */
    public void revokeAll(long userId) {
        tokens.revokeAllOf(userId, clock.instant());
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
