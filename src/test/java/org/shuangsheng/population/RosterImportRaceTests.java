package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsheng.population.RosterImportTests.file;
import static org.shuangsheng.population.RosterImportTests.idNumber;
import static org.shuangsheng.population.RosterImportTests.row;
import static org.shuangsheng.population.RosterImportTests.unique;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.shared.table.TableFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two imports (or an import and a registration at a door) adding the same person at once: the
 * second one's rows were checked before the first committed, so only the database's unique key
 * sees the clash. The import must still answer its report, naming the rows, and commit nothing.
 */
@PlatformTest
class RosterImportRaceTests {

    static final String GRID01 = PopulationScopeTests.GRID01;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionQueries regions;

    @Autowired
    DataScopes scopes;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PopulationManagement population;

    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * An import whose database work is interrupted, between its checks and its first insert, by
     * {@code meanwhile}, committed in a transaction of its own as another user's would be.
     */
    @Autowired
    org.shuangsheng.population.internal.GridTallies tallies;

    @Autowired
    org.shuangsheng.shared.table.ImportGate gate;

    @Autowired
    org.shuangsheng.population.internal.DuplicateIdNumbers duplicates;

    RosterImport interruptedBy(Runnable meanwhile) {
        AtomicBoolean done = new AtomicBoolean();
        TransactionTemplate other = new TransactionTemplate(transactions);
        other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcTemplate racing = new JdbcTemplate(dataSource) {
            @Override
            public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
                if (sql.startsWith("insert into population_household") && done.compareAndSet(false, true)) {
                    other.executeWithoutResult(status -> meanwhile.run());
                }
                return super.batchUpdate(sql, batchArgs);
            }
        };
        return new RosterImport(racing, regions, scopes, cipher, audit, clock, transactions, tallies, gate,
                duplicates);
    }

    void signIn(String username) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long households(String address) {
        return jdbc.queryForObject("select count(*) from population_household where address = ?", Long.class, address);
    }

    @Test
    void anIdNumberRegisteredWhileTheImportRanIsReportedByRowAndNothingIsImported() {
        signIn("grid01");
        String first = unique("并发导入1栋");
        String second = unique("并发导入2栋");
        String contested = idNumber();
        byte[] roster = file(TableFormat.CSV, List.of(
                row(GRID01, first, "周一", idNumber(), "", "户主"),
                row(GRID01, second, "周二", idNumber(), "", "户主"),
                row(GRID01, second, "周三", contested, "", "子女")));
        String elsewhere = unique("门口登记3栋");
        RosterImport.Result result = interruptedBy(() -> population.register(new NewHousehold(GRID01, elsewhere, null,
                List.of(new NewMember("周三", contested, null, "户主", null))))).importRoster(
                        new ByteArrayInputStream(roster), "台账.csv");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(e -> e.row() + " " + e.field() + " " + e.messageKey())
                .containsExactly("4 身份证号 population.idNumber.registered");
        assertThat(households(first)).isZero();
        assertThat(households(second)).isZero();
        assertThat(households(elsewhere)).isOne();
    }

    @Test
    void anAddressTakenWhileTheImportRanIsReportedByRowAndNothingIsImported() {
        signIn("grid01");
        String first = unique("并发地址1栋");
        String contested = unique("并发地址2栋");
        byte[] roster = file(TableFormat.CSV, List.of(
                row(GRID01, first, "吴一", idNumber(), "", "户主"),
                row(GRID01, contested, "吴二", idNumber(), "", "户主")));
        RosterImport.Result result = interruptedBy(() -> population.register(new NewHousehold(GRID01, contested, null,
                List.of(new NewMember("郑二", idNumber(), null, "户主", null))))).importRoster(
                        new ByteArrayInputStream(roster), "台账.csv");

        assertThat(result.errors()).extracting(e -> e.row() + " " + e.field() + " " + e.messageKey())
                .containsExactly("3 门牌地址 population.address.taken");
        assertThat(households(first)).isZero();
        assertThat(households(contested)).isOne();
    }
}
