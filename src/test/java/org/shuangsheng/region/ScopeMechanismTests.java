package org.shuangsheng.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.ScopeMapping;
import org.shuangsheng.identity.ScopedRepository;
import org.shuangsheng.region.internal.RegionUnit;
import org.shuangsheng.region.internal.RegionUnitRepository;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one scope mechanism, proven once per role on a real table: region units carry their path
 * as every scoped record will. Each role sees exactly its own part and gets 404 for the rest.
 */
@PlatformTest
@Transactional
class ScopeMechanismTests {

    @Autowired
    RegionUnitRepository units;

    @Autowired
    DataScopes scopes;

    @Autowired
    UserDetailsService accounts;

    ScopedRepository<RegionUnit> scoped() {
        return new ScopedRepository<>(units, ScopeMapping.of(RegionUnit.class).regionPath("path"), scopes, "code");
    }

    void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<String> visibleCodes() {
        return scoped().findAll(null, PageRequest.of(0, 2000)).map(RegionUnit::getCode).getContent();
    }

    @Test
    void theCommanderSeesTheWholeDistrict() {
        signIn("commander");
        // Every unit of its district, and none of another district (a test may add one).
        long district = units.findAll().stream()
                .filter(u -> u.getPath().equals("230506") || u.getPath().startsWith("230506/")).count();
        assertThat(district).isLessThanOrEqualTo(units.count()).isGreaterThan(300);
        assertThat(scoped().count(null)).isEqualTo(district);
    }

    @Test
    void aSubdistrictOfficerSeesOnlyItsSubtree() {
        signIn("hongqi");
        assertThat(visibleCodes()).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("230506001"))
                .contains("230506001", "23050600100101");
        assertThatThrownBy(() -> scoped().require("230506002")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGridWorkerSeesItsGridAndNothingOfTheNextGrid() {
        signIn("grid01");
        assertThat(visibleCodes()).containsExactly("23050600100101");
        assertThat(scoped().find("23050600100102")).isEmpty();
        assertThatThrownBy(() -> scoped().require("23050600200101")).isInstanceOf(NotFoundException.class);
        signIn("grid02");
        assertThat(visibleCodes()).containsExactly("23050600200101");
    }

    @Test
    void aPathPrefixIsNotAnAncestor() {
        // 230506/001/001/01 must not see 230506/001/001/010 (a grid whose segment merely starts alike).
        assertThat(new DataScope.Regions(java.util.Set.of("230506/001/001/01")).covers("230506/001/001/010"))
                .isFalse();
        assertThat(new DataScope.Regions(java.util.Set.of("230506/001")).covers("230506/001/001/01")).isTrue();
    }

    @Test
    void enterpriseFarmerGuardCadreAndAdminSeeNoRegionScopedRows() {
        for (String user : new String[] {"ent01", "farmer01", "guard01", "cadre01", "admin"}) {
            signIn(user);
            assertThat(scoped().count(null)).as(user).isZero();
            assertThat(scoped().find("23050600100101")).as(user).isEmpty();
        }
    }

    @Test
    void withoutASignedInUserNothingIsVisible() {
        assertThat(scoped().count(null)).isZero();
    }

    @Test
    void eachRoleGetsTheKindOfScopeItsRecordsCarry() {
        signIn("ent01");
        assertThat(scopes.current()).isEqualTo(new DataScope.Enterprise(1));
        signIn("guard01");
        assertThat(scopes.current()).isEqualTo(new DataScope.Checkpoint(1));
        signIn("cadre01");
        assertThat(scopes.current()).isInstanceOf(DataScope.Paired.class);
        signIn("farmer01");
        assertThat(scopes.current()).isInstanceOf(DataScope.Own.class);
        signIn("admin");
        assertThat(scopes.current()).isEqualTo(new DataScope.Nothing());
        signIn("grid01");
        assertThat(scopes.current()).isEqualTo(new DataScope.Regions(java.util.Set.of("230506/001/001/01")));
    }
}
