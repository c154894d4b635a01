package org.shuangsheng.screening.web;

import org.shuangsheng.screening.ScreeningPolicy;

/**
 * What the caller may do on the screening and quarantine pages, answered by {@link ScreeningPolicy}
 * (the rules the routes enforce), so a page shows only the buttons that will work. Pages read it
 * as {@code can}.
 */
record ScreeningActions(boolean openRounds, boolean recordVisits, boolean editRules, boolean decideQuarantines,
        boolean checkIn) {

    static ScreeningActions ofCurrentUser() {
        return new ScreeningActions(ScreeningPolicy.OPENERS.allowsCurrentUser(),
                ScreeningPolicy.VISITORS.allowsCurrentUser(), ScreeningPolicy.RULE_WRITERS.allowsCurrentUser(),
                ScreeningPolicy.QUARANTINE_DECIDERS.allowsCurrentUser(), ScreeningPolicy.CHECKERS.allowsCurrentUser());
    }
}
