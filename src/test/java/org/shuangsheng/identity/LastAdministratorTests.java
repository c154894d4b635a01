package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.identity.internal.Grants;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The district must always keep someone able to open the user administration. With no Spring
 * context: the shared test database holds the demo administrator, whom other tests rely on.
 */
class LastAdministratorTests {

    final Accounts accounts = mock(Accounts.class);
    final RegionDirectory regions = mock(RegionDirectory.class);
    final AccountManagement management = new AccountManagement(accounts, mock(Grants.class), regions,
            mock(ApplicationEventPublisher.class), Clock.systemUTC(),
            Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().getValidator());

    static AccountView admin(long id) {
        return new AccountView(id, "admin" + id, "管理员", Role.ADMIN, null, Set.of(), null, null, true, false, false,
                false, Instant.parse("2020-03-18T00:00:00Z"), true);
    }

    static AccountForm commander() {
        AccountForm form = new AccountForm();
        form.setDisplayName("管理员");
        form.setRole(Role.COMMANDER);
        form.setRegionCodes("230506");
        return form;
    }

    @Test
    void theLastEnabledAdministratorCannotBeDemotedNorDisabled() {
        when(accounts.view(1L)).thenReturn(admin(1));
        when(accounts.isLastEnabledAdministrator(1L)).thenReturn(true);
        when(regions.pathsOf(any())).thenReturn(Map.of("230506", "230506"));

        assertThatThrownBy(() -> management.update(1L, commander())).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("role");
                    assertThat(v.messageKey()).isEqualTo("account.role.lastAdmin");
                }));
        assertThatThrownBy(() -> management.disable(1L)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("account.disable.lastAdmin"));
        verify(accounts, never()).update(anyLong(), any(), any(), any(), any(), any(), any());
        verify(accounts, never()).setEnabled(anyLong(), anyBoolean());
    }

    @Test
    void anAdministratorMayBeDemotedWhileAnotherRemains() {
        when(accounts.view(1L)).thenReturn(admin(1));
        when(accounts.isLastEnabledAdministrator(1L)).thenReturn(false);
        when(regions.pathsOf(any())).thenReturn(Map.of("230506", "230506"));
        when(accounts.update(anyLong(), any(), any(), any(), any(), any(), any())).thenReturn(admin(1));
        when(accounts.setEnabled(1L, false)).thenReturn(admin(1));

        management.update(1L, commander());
        management.disable(1L);
        verify(accounts).setEnabled(1L, false);
    }
}
