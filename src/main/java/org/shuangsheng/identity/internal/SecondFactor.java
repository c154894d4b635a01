package org.shuangsheng.identity.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import org.shuangsheng.identity.AccountChanged;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor of the commander and the administrator: a TOTP secret scanned into
 * an authenticator app, confirmed with a first code, then asked for at every sign-in. A code
 * is accepted once; wrong codes count towards the waits after failed sign-ins like wrong passwords.
 */
@Service
@Transactional
public class SecondFactor {

    /** Session attribute set between the password and the one-time code. */
    public static final String PENDING = SessionRules.SECOND_FACTOR_PENDING;

    public record Enrollment(String secret, String uri, String qrDataUri) {
    }

    private final UserAccountRepository accounts;
    private final LoginAttempts attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(UserAccountRepository accounts, LoginAttempts attempts, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    /** A new secret to show once; nothing is stored until a code from it is confirmed. */
    public Enrollment start(String username) {
        String secret = Totp.newSecret(random);
        String uri = Totp.uri("双胜 Shuangsheng", username, secret);
        return new Enrollment(secret, uri, qr(uri));
    }

    public void confirm(String username, String secret, String code) {
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new InvalidInputException("code", "totp.expired");
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "totp.wrong");
        }
        account(username).enableSecondFactor(secret, step.getAsLong());
        events.publishEvent(new AccountChanged(username, "SECOND_FACTOR_ENABLED", null));
    }

    public void remove(String username, String code) {
        if (!check(username, code)) {
            throw new InvalidInputException("code", "totp.wrong");
        }
        account(username).removeSecondFactor();
        events.publishEvent(new AccountChanged(username, "SECOND_FACTOR_REMOVED", null));
    }

    public boolean isEnabled(String username) {
        return account(username).hasSecondFactor();
    }

    /** Whether the account may try again now, rather than wait after too many wrong codes. */
    @Transactional(readOnly = true)
    public boolean isUsable(String username) {
        return !account(username).isLockedAt(clock.instant());
    }

    /** The code at sign-in: right and unused, or counted as a failed sign-in. */
    public boolean check(String username, String code) {
        UserAccount account = account(username);
        if (!account.hasSecondFactor() || account.isLockedAt(clock.instant())) {
            return false;
        }
        OptionalLong step = Totp.verify(account.totpSecret(), code, clock.instant(), account.totpLastStep());
        if (step.isPresent()) {
            account.acceptTotpStep(step.getAsLong());
            account.recordSuccessfulLogin();
            return true;
        }
        attempts.failed(account);
        return false;
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static String qr(String text) {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240);
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("an otpauth URI always fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
