package org.shuangsheng.identity;

/**
 * A signed-in user's new password, as the password page sends it. Every rule of it needs the
 * account (the current password, the policy that refuses the username) or two fields (the same
 * password again, the confirmation): {@link AccountManagement#changeOwnPassword} checks them all.
 */
public record PasswordChange(String currentPassword, String newPassword, String confirmation) {
}
