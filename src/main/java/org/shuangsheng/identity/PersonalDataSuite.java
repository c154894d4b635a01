package org.shuangsheng.identity;

/**
 * The algorithms that protect personal data at rest: a cipher for the stored values and a keyed
 * hash for their blind indexes. Chosen for new writes by {@code shuangsheng.crypto.suite}; every
 * stored value names the suite it was made with, so values of both suites are read side by side.
 */
public enum PersonalDataSuite {

    /** AES-256-GCM and HMAC-SHA256, keys by HKDF-SHA256: what the platform has always written. */
    AES_256_GCM(0),

    /**
     * SM4-GCM (GB/T 32907, 128-bit key) and HMAC-SM3 (GB/T 32905), keys by HKDF-SM3: the commercial
     * cryptography GB/T 39786 asks of government systems at 等保 level 3.
     */
    SM4_GCM(1);

    private final int code;

    PersonalDataSuite(int code) {
        this.code = code;
    }

    /** The high four bits of a stored value's first byte. */
    int code() {
        return code;
    }

    /** The suite a stored value's first byte names, or null for a code no suite has. */
    static PersonalDataSuite ofCode(int code) {
        for (PersonalDataSuite suite : values()) {
            if (suite.code == code) {
                return suite;
            }
        }
        return null;
    }
}
