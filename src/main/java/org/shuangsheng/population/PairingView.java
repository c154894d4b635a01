package org.shuangsheng.population;

import java.time.LocalDateTime;

/** A cadre answering for a household, directly or, when {@code gridCode} is set, through its whole grid. */
public record PairingView(long id, String cadreUsername, String cadreName, String gridCode, String createdBy,
        LocalDateTime createdAt) {

    public boolean wholeGrid() {
        return gridCode != null;
    }
}
