package org.shuangsheng.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.shuangsheng.identity.AccountGrantView;
import org.shuangsheng.identity.Role;

/**
 * One request for rights over residents' data: what the account holds now (nothing, for a new
 * account) and what it is to hold, who asked, and who decided. The account itself changes only
 * on approval.
 */
@Entity
@Table(name = "identity_account_grant")
class AccountGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    @Enumerated(EnumType.STRING)
    private AccountGrantView.Status status = AccountGrantView.Status.PENDING;

    @Enumerated(EnumType.STRING)
    private Role fromRole;

    private String fromDepartment;

    private String fromRegions = "";

    private Long fromEnterpriseId;

    private Long fromCheckpointId;

    @Enumerated(EnumType.STRING)
    private Role toRole;

    private String toDepartment;

    private String toRegions = "";

    private Long toEnterpriseId;

    private Long toCheckpointId;

    private String requestedBy;

    private Instant requestedAt;

    private String decidedBy;

    private Instant decidedAt;

    private String reason;

    @Version
    private long version;

    protected AccountGrant() {
    }

    AccountGrant(long userId, AccountGrantView.Rights from, AccountGrantView.Rights to, String requestedBy,
            Instant now) {
        this.userId = userId;
        if (from != null) {
            this.fromRole = from.role();
            this.fromDepartment = from.department();
            this.fromRegions = String.join(",", from.regionCodes());
            this.fromEnterpriseId = from.enterpriseId();
            this.fromCheckpointId = from.checkpointId();
        }
        this.toRole = to.role();
        this.toDepartment = to.department();
        this.toRegions = String.join(",", to.regionCodes());
        this.toEnterpriseId = to.enterpriseId();
        this.toCheckpointId = to.checkpointId();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void decide(AccountGrantView.Status decision, String by, String why, Instant now) {
        this.status = decision;
        this.decidedBy = by;
        this.reason = why;
        this.decidedAt = now;
    }

    long userId() {
        return userId;
    }

    AccountGrantView view(String username) {
        AccountGrantView.Rights from = fromRole == null ? null
                : new AccountGrantView.Rights(fromRole, fromDepartment, AccountGrantView.Rights.codes(fromRegions),
                        fromEnterpriseId, fromCheckpointId);
        AccountGrantView.Rights to = new AccountGrantView.Rights(toRole, toDepartment,
                AccountGrantView.Rights.codes(toRegions), toEnterpriseId, toCheckpointId);
        return new AccountGrantView(id, userId, username, status, from, to, requestedBy, requestedAt, decidedBy,
                decidedAt, reason);
    }
}
