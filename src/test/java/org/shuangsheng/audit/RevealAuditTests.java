package org.shuangsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.PersonalDataReveal;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** SECURITY 10: revealing needs a role that may, a typed reason, and leaves a record. */
@PlatformTest
class RevealAuditTests {

    @Autowired
    PersonalDataReveal reveal;

    @Autowired
    AuditQueries queries;

    @Autowired
    UserDetailsService accounts;

    void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<AuditEventView> revealsOf(String objectId) {
        return queries.search(AuditFilter.none(), PageRequest.of(0, 500)).getContent().stream()
                .filter(e -> e.action() == AuditAction.REVEAL && objectId.equals(e.objectId())).toList();
    }

    @Test
    void aGridWorkerRevealsWithAReasonAndTheRevealIsRecorded() {
        signIn("grid01");
        reveal.authorize("resident", "r-1001", "idNumber", "入户核对身份证\r\n伪造行");
        assertThat(revealsOf("r-1001")).singleElement().satisfies(event -> {
            assertThat(event.username()).isEqualTo("grid01");
            assertThat(event.objectType()).isEqualTo("resident");
            assertThat(event.detail()).startsWith("idNumber: 入户核对身份证").doesNotContain("\n");
        });
    }

    @Test
    void withoutAReasonNothingIsRevealedNorRecorded() {
        signIn("commander");
        assertThatThrownBy(() -> reveal.authorize("resident", "r-1002", "phone", " 看看 "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("reason"));
        assertThat(revealsOf("r-1002")).isEmpty();
    }

    @Test
    void theAdministratorAndAnEnterpriseMayNeverReveal() {
        for (String user : new String[] {"admin", "ent01", "farmer01", "guard01"}) {
            signIn(user);
            assertThatThrownBy(() -> reveal.authorize("resident", "r-1003", "idNumber", "我需要核对一下"))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(revealsOf("r-1003")).isEmpty();
    }
}
