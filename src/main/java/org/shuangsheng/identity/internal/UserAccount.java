package org.shuangsheng.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;

@Entity
@Table(name = "identity_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String department;

    private Long enterpriseId;

    private Long checkpointId;

    private boolean enabled = true;

    private boolean mustChangePassword;

    private boolean demo;

    private boolean approved = true;

    private Instant createdAt;

    private int failedLogins;

    private Instant lockedUntil;

    private Instant passwordChangedAt;

    @jakarta.persistence.Convert(converter = org.shuangsheng.identity.EncryptedTextConverter.class)
    private String totpSecret;

    private Long totpLastStep;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_user_region", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "region_code")
    private Set<String> regionCodes = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role, Set<String> regionCodes,
            Long enterpriseId, Long checkpointId, boolean demo, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.regionCodes = new HashSet<>(regionCodes);
        this.enterpriseId = enterpriseId;
        this.checkpointId = checkpointId;
        this.demo = demo;
        this.createdAt = now;
    }

    /**
     * Counts a failed sign-in; once the count calls for a wait, the next try must wait that long.
     * Answers whether this failure is the one that started the waits, so it is reported once.
     */
    boolean recordFailedLogin(SignInDelays delays, Instant now) {
        failedLogins++;
        delays.after(failedLogins).ifPresent(delay -> lockedUntil = now.plus(delay));
        return failedLogins == delays.maxFailures();
    }

    /** When the next sign-in may be tried, if failures made it wait. */
    java.util.Optional<Instant> nextSignInAt(Instant now) {
        return isLockedAt(now) ? java.util.Optional.of(lockedUntil) : java.util.Optional.empty();
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** A reset also removes the second factor: the usual reason for one is a lost phone. */
    void resetPassword(String temporaryHash, Instant now) {
        removeSecondFactor();
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void assign(String displayName, Role role, String department, Set<String> regionCodes, Long enterpriseId,
            Long checkpointId) {
        this.displayName = displayName;
        this.role = role;
        this.department = department;
        this.regionCodes.clear();
        this.regionCodes.addAll(regionCodes);
        this.enterpriseId = enterpriseId;
        this.checkpointId = checkpointId;
    }

    public String getDepartment() {
        return department;
    }

    public Set<String> getRegionCodes() {
        return regionCodes;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getCheckpointId() {
        return checkpointId;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String totpSecret() {
        return totpSecret;
    }

    Long totpLastStep() {
        return totpLastStep;
    }

    void enableSecondFactor(String secret, long acceptedStep) {
        this.totpSecret = secret;
        this.totpLastStep = acceptedStep;
    }

    void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }

    void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** Created by a request that another person has not approved yet: it cannot sign in. */
    void awaitApproval() {
        this.approved = false;
        this.enabled = false;
    }

    void approve() {
        this.approved = true;
        this.enabled = true;
    }

    public boolean isApproved() {
        return approved;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Scope scope() {
        return new Scope(id, username, role, regionCodes, enterpriseId, checkpointId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
