package org.shuangsheng.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shuangsheng.identity.DecryptionFailedException;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.PersonalDataTable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when stored personal data names a key version (or suite) no configured master
 * has, which is what retiring a version before the re-encryption has moved every row away from it
 * looks like: every read of such a row would fail.
 *
 * <p>Reading every value at each start would take as long as a re-encryption, so only the first
 * and the last row by id of each {@link PersonalDataTable} are looked at, two index lookups per
 * table, and of each value only its first byte. The re-encryption walks by id, so a run that did
 * not finish leaves the oldest rows behind, and the last row shows what the newest writes used.
 * Rows in between are not proven here: the re-encryption command is the full check (it counts and
 * logs by id every row it cannot read, and exits with 1 then). A master of a configured version
 * that is not the one the data was written with is not found here either (nothing is decrypted):
 * its reads fail with a {@link DecryptionFailedException}.
 */
@Component
public class StoredKeyVersionsCheck implements SmartInitializingSingleton {

    private final JdbcTemplate jdbc;

    private final List<PersonalDataTable> tables;

    private final PersonalDataCipher cipher;

    public StoredKeyVersionsCheck(JdbcTemplate jdbc, List<PersonalDataTable> tables, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.cipher = cipher;
    }

    /** Runs once every bean is made, so the migrations have run and the tables exist. */
    @Override
    public void afterSingletonsInstantiated() {
        check();
    }

    /**
     * @throws IllegalStateException naming each table, column, row id and missing key version found
     */
    public void check() {
        List<String> problems = new ArrayList<>();
        for (PersonalDataTable table : tables) {
            String columns = String.join(", ", table.columns().stream().map(PersonalDataTable.Column::name).toList());
            List<Map<String, Object>> rows = jdbc.queryForList("select id, " + columns + " from " + table.table()
                    + " where id = (select min(id) from " + table.table() + ") or id = (select max(id) from "
                    + table.table() + ")");
            for (Map<String, Object> row : rows) {
                for (PersonalDataTable.Column column : table.columns()) {
                    try {
                        cipher.missingKey((String) row.get(column.name())).ifPresent(missing -> problems.add(
                                table.table() + "." + column.name() + " of row " + row.get("id") + ": " + missing));
                    } catch (DecryptionFailedException damaged) {
                        // A damaged value says nothing of the keys; the re-encryption reports it by id.
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Stored personal data cannot be read with the configured keys: "
                    + String.join("; ", problems) + ". Configure that version's master again beside the current "
                    + "one, run the re-encryption (--shuangsheng.crypto.reencrypt=true) until it moves 0 rows, "
                    + "and only then remove the old version.");
        }
    }
}
