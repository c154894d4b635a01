package org.shuangsheng.identity.internal;

/** Codes as an authenticator app computes them, for tests outside this package. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String code(byte[] secret, long step) {
        return Totp.code(secret, step, Totp.DIGITS);
    }
}
