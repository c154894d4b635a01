package org.shuangsheng.identity;

import jakarta.validation.constraints.NotNull;
import org.shuangsheng.identity.internal.Username;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;

/**
 * The fields an administrator sets on an account, on the page and in a row of an import. Region
 * codes are written one per line or separated by commas; the enterprise and checkpoint ids are
 * plain numbers until those modules exist. Which of regions, department, enterprise and
 * checkpoint a role needs, and whether the regions exist, {@link AccountManagement} checks; the
 * fields are declared in the order a refusal names them.
 */
public class AccountForm {

    /** The rules of a new account only: an account keeps its username. */
    public interface Creating {
    }

    @NotBlankText(message = "account.username.required", groups = Creating.class)
    @Username(groups = Creating.class)
    private String username;
    @NotBlankText(message = "account.displayName.required")
    @PlainText(max = 60, message = "account.displayName.format")
    private String displayName;
    @NotNull(message = "account.role.required")
    private Role role;
    private String regionCodes;
    private String department;
    private String enterpriseId;
    private String checkpointId;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(String regionCodes) {
        this.regionCodes = regionCodes;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getCheckpointId() {
        return checkpointId;
    }

    public void setCheckpointId(String checkpointId) {
        this.checkpointId = checkpointId;
    }
}
