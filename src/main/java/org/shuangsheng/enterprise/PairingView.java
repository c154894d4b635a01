package org.shuangsheng.enterprise;

import java.time.Instant;

/** A cadre paired with an enterprise. */
public record PairingView(long id, String cadreUsername, String cadreName, Instant createdAt, String createdBy) {
}
