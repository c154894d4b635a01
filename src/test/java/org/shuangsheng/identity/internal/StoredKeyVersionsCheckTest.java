package org.shuangsheng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.PersonalDataKeys;
import org.shuangsheng.identity.PersonalDataTable;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Starting with a key version retired while the oldest or newest row still needs it. */
class StoredKeyVersionsCheckTest {

    private static final byte[] VERSION_1 = "the first master key for testing".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] VERSION_2 = "a rotated master key for testing".getBytes(StandardCharsets.US_ASCII);

    private static final String ID = "230506199003071234";

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:stored-key-versions;DB_CLOSE_DELAY=-1", "sa", ""));

    private final PersonalDataCipher version1 = new PersonalDataCipher(PersonalDataKeys.fromMasterSecret(VERSION_1));

    private final PersonalDataCipher onlyVersion2 = new PersonalDataCipher(
            PersonalDataKeys.fromMasterSecrets(Map.of(2, VERSION_2), 2));

    private final ApplicationContextRunner platform = new ApplicationContextRunner()
            .withBean(JdbcTemplate.class, () -> jdbc)
            .withBean(PersonalDataTable.class, () -> PersonalDataTable.of("person").column("id_number", "id_hash")
                    .column("note"))
            .withBean(PersonalDataCipher.class, () -> onlyVersion2)
            .withUserConfiguration(StoredKeyVersionsCheck.class);

    @Test
    void refusesToStartWhileTheOldestRowNamesARetiredVersionNamingItAndNoValueAndStartsOnceItIsMoved() {
        jdbc.execute("drop table if exists person");
        jdbc.execute("create table person (id bigint primary key, id_number varchar(64), id_hash varchar(64), "
                + "note varchar(200))");
        String old = version1.encrypt(ID);
        jdbc.update("insert into person (id, id_number, note) values (?, ?, ?)", 1, old, null);
        jdbc.update("insert into person (id, id_number, note) values (?, ?, ?)", 2, onlyVersion2.encrypt(ID),
                onlyVersion2.encrypt("发热"));

        platform.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("person.id_number of row 1: it names key version 1, for which no master "
                            + "is configured (SHUANGSHENG_DATA_KEY or shuangsheng.crypto.keys.1)")
                    .hasMessageContaining("--shuangsheng.crypto.reencrypt=true")
                    .hasMessageNotContaining(old).hasMessageNotContaining(ID)
                    .hasMessageNotContaining("row 2");
        });

        jdbc.update("update person set id_number = ? where id = 1", onlyVersion2.encrypt(ID));

        platform.run(context -> assertThat(context).hasNotFailed());
    }
}
