package org.shuangsheng.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.identity.internal.AccountPrincipal;
import org.shuangsheng.identity.internal.ApiTokens;
import org.shuangsheng.identity.internal.LoginAttempts;
import org.shuangsheng.identity.internal.SecondFactor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "auth", description = "登录令牌 Bearer tokens")
class AuthApiController {

    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
            @Size(max = 10) @Schema(description = "6-digit one-time code from the authenticator app; required for "
                    + "accounts with a second factor (TOTP), ignored otherwise", example = "123456") String totp) {
    }

    record FieldProblem(String field, String message) {
    }

    record Token(String token, Instant expiresAt) {
    }

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final LoginAttempts attempts;
    private final SecondFactor secondFactor;
    private final MessageSource messages;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens, LoginAttempts attempts,
            SecondFactor secondFactor, MessageSource messages) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.attempts = attempts;
        this.secondFactor = secondFactor;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Exchange a username and password (and the one-time code, where the account has one) "
            + "for a bearer token", description = "A wrong password or code answers 401; after five failures in a "
                    + "row each further try must wait, answered 429 with Retry-After.")
    ResponseEntity<?> issue(@Valid @RequestBody Credentials credentials) {
        Optional<Duration> wait = attempts.waitBeforeSignIn(credentials.username());
        if (wait.isPresent()) {
            // Answered at once, without checking the password: a client is told when to come back.
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(problem(HttpStatus.TOO_MANY_REQUESTS, "problem.throttled", seconds));
        }
        Authentication signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        AccountPrincipal principal = (AccountPrincipal) signedIn.getPrincipal();
        // Only after the right password, so the answer never says whether a wrong one was right.
        if (principal.hasSecondFactor() && !secondFactor.check(principal.getUsername(), credentials.totp())) {
            boolean missing = credentials.totp() == null || credentials.totp().isBlank();
            ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, missing ? "problem.totpRequired" : "problem.totpWrong");
            problem.setProperty("errors", List.of(new FieldProblem("totp", problem.getDetail())));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(problem);
        }
        if (principal.mustChangePassword()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(problem(HttpStatus.FORBIDDEN, "problem.passwordChangeRequired"));
        }
        ApiTokens.Issued issued = tokens.issue(principal.scope().userId());
        return ResponseEntity.ok(new Token(issued.token(), issued.expiresAt()));
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, args, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("problem.status." + status.value(), null, LocaleContextHolder.getLocale()));
        return problem;
    }

    @DeleteMapping
    @Operation(summary = "Revoke the bearer token this request carries")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        tokens.revoke(header.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }
}
