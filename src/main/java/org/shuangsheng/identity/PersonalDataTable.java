package org.shuangsheng.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a module that holds values written by {@link PersonalDataCipher}: its encrypted
 * columns, each with the column of its blind index when it has one. A module declares one bean per
 * such table, so the re-encryption that moves stored values to the suite and key version of new
 * writes (run with {@code --shuangsheng.crypto.reencrypt=true}) reaches every one of them:
 *
 * <pre>{@code
 * @Bean
 * PersonalDataTable residentPersonalData() {
 *     return PersonalDataTable.of("population_resident").column("id_number", "id_number_hash").column("phone", "phone_hash");
 * }
 * }</pre>
 *
 * The table needs a numeric primary key {@code id}; the re-encryption walks it in that order.
 *
 * @param table the table's name
 * @param columns its encrypted columns
 */
public record PersonalDataTable(String table, List<Column> columns) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /**
     * @param name an encrypted column
     * @param hashColumn the column of its blind index ({@link PersonalDataCipher#blindIndex} of the
     *     plain value), or null when the value is not searchable
     */
    public record Column(String name, String hashColumn) {

        public Column {
            requireName(name);
            if (hashColumn != null) {
                requireName(hashColumn);
            }
        }
    }

    public PersonalDataTable {
        requireName(table);
        columns = List.copyOf(columns);
    }

    public static PersonalDataTable of(String table) {
        return new PersonalDataTable(table, List.of());
    }

    /** This table with one more encrypted column, searchable through {@code hashColumn}. */
    public PersonalDataTable column(String name, String hashColumn) {
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(name, hashColumn));
        return new PersonalDataTable(table, more);
    }

    /** This table with one more encrypted column that has no blind index. */
    public PersonalDataTable column(String name) {
        return column(name, null);
    }

    // The names go into SQL as they are: only plain lowercase identifiers, never anything typed.
    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lowercase SQL name: " + name);
        }
    }
}
