package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.shuangsheng.shared.validation.Violations;

/** The single-field rules of an account, judged with no Spring; the username only when it is new. */
class AccountFormConstraintsTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static AccountForm form(String username, String displayName) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setRole(Role.GRID_WORKER);
        return form;
    }

    static List<String> onCreation(AccountForm form) {
        return Violations.translate(VALIDATOR.validate(form, AccountForm.Creating.class)).stream()
                .map(v -> v.field() + " " + v.messageKey()).toList();
    }

    static List<String> always(AccountForm form) {
        return Violations.translate(VALIDATOR.validate(form)).stream().map(v -> v.field() + " " + v.messageKey())
                .toList();
    }

    @Test
    void aUsernameIsTakenStrippedInLowerCase() {
        assertThat(onCreation(form(" Grid.Worker-01 ", "王芳"))).isEmpty();
        assertThat(onCreation(form("ab", "王芳"))).containsExactly("username account.username.format");
        assertThat(onCreation(form("_grid", "王芳"))).containsExactly("username account.username.format");
        assertThat(onCreation(form("王芳", "王芳"))).containsExactly("username account.username.format");
        assertThat(onCreation(form("\u3000", "王芳"))).containsExactly("username account.username.required");
    }

    @Test
    void anAccountKeepsItsUsernameSoAChangeDoesNotJudgeIt() {
        assertThat(always(form(null, "王芳"))).isEmpty();
    }

    @Test
    void theNameIsRequiredShortAndOneLineAndTheRoleIsRequired() {
        assertThat(always(form("grid99", " "))).containsExactly("displayName account.displayName.required");
        assertThat(always(form("grid99", "王".repeat(61)))).containsExactly("displayName account.displayName.format");
        assertThat(always(form("grid99", "王\n芳"))).containsExactly("displayName account.displayName.format");
        AccountForm noRole = form("grid99", "王芳");
        noRole.setRole(null);
        assertThat(always(noRole)).containsExactly("role account.role.required");
    }
}
