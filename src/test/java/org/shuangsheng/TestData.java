package org.shuangsheng;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.shuangsheng.shared.ResidentIdNumber;

/**
 * Names, codes and numbers for rows that tests create, the same on every run: a counter, never the
 * clock or an unprinted seed. The namespace ({@code -Dshuangsheng.test.namespace}, 1 by default)
 * keeps two suites apart when they share one database, as the unit and browser tests do on
 * PostgreSQL; a database kept from an earlier run needs a namespace of its own, or start afresh.
 */
public final class TestData {

    public static final int NAMESPACE = Integer.getInteger("shuangsheng.test.namespace", 1);
    private static final int PER_NAMESPACE = 3_000;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    static {
        if (NAMESPACE < 1 || NAMESPACE > 9) {
            throw new IllegalStateException("shuangsheng.test.namespace must be 1 to 9, was " + NAMESPACE);
        }
    }

    private TestData() {
    }

    /** A number no other call in this namespace answers. */
    public static int next() {
        return NAMESPACE * 1_000_000 + COUNTER.incrementAndGet();
    }

    /** {@code prefix-<next>}: for usernames, idempotency keys, addresses and tags. */
    public static String tag(String prefix) {
        return prefix + "-" + next();
    }

    /**
     * A valid ID number with address code 110105 (Beijing), which the demo district never uses;
     * holders are adults born from 1985 on.
     */
    public static String idNumber() {
        int n = COUNTER.incrementAndGet();
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays((NAMESPACE - 1) * PER_NAMESPACE + n % PER_NAMESPACE);
        String first17 = "110105" + birth.toString().replace("-", "")
                + String.format("%03d", n / PER_NAMESPACE % 999 + 1);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
