package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.identity.EncryptedIdNumberConverter;
import org.shuangsheng.identity.EncryptedPhoneConverter;
import org.shuangsheng.identity.EncryptedTextConverter;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.PersonalDataKeys;
import org.shuangsheng.identity.PersonalDataSuite;
import org.shuangsheng.identity.PersonalDataTable;
import org.shuangsheng.identity.internal.PersonalDataReencryption;
import org.shuangsheng.identity.internal.PersonalDataReencryption.Result;
import org.shuangsheng.identity.internal.StoredKeyVersionsCheck;
import org.shuangsheng.population.internal.Resident;
import org.shuangsheng.population.internal.ResidentRepository;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Switching the suite of personal data from AES-256-GCM to SM4-GCM, and rotating the master key
 * from version 1 to version 2: residents written before, the setting switched (here: a cipher of
 * the other suite, or of keys with a second version, as a restarted instance would have), the
 * re-encryption run. The test makes its own residents and asserts on them only; every other row in
 * the database is moved too, and moved back afterwards.
 */
@PlatformTest
class PersonalDataReencryptionTests {

    private static final int BATCH = 500;

    private static final String OUTSIDE_ANY_REGION = "999999";

    /** The master of key version 2: fixed, so that a failing run fails the same way again. */
    private static final byte[] VERSION_2_MASTER = "a rotated master key for testing".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    PersonalDataReencryption reencryption;

    @Autowired
    PersonalDataCipher aes;

    @Autowired
    PersonalDataKeys keys;

    @Autowired
    ResidentRepository residents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalDataTable> tables;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    record Person(long id, String idNumber, String phone) {
    }

    /**
     * Its households sit under a path no region has and outside the grid tallies, so they are
     * removed: other tests compare the tallies with the rows of the whole database.
     */
    @AfterEach
    void moveEverythingBackToTheDefaultSuiteAndRemoveTheTestsResidents() {
        Result back = reencryption.run(new PersonalDataCipher(keysReadingVersion2(), aes.suite()), BATCH,
                Integer.MAX_VALUE);
        assertThat(back.finished()).isTrue();
        assertThat(back.unreadable()).isZero();
        jdbc.update("delete from population_resident where region_path like ?", OUTSIDE_ANY_REGION + "/%");
        jdbc.update("delete from population_household where region_path like ?", OUTSIDE_ANY_REGION + "/%");
    }

    @Test
    void switchingToSm4MovesEveryRowWhichStillReadsTheSameAndIsStillFoundAndASecondRunMovesNothing() {
        PersonalDataCipher sm4 = new PersonalDataCipher(keys, PersonalDataSuite.SM4_GCM);
        List<Person> people = residentsWrittenWith(aes, 3);
        for (Person person : people) {
            assertThat(firstByte("id_number", person)).isEqualTo(0x01);
        }

        Result first = reencryption.run(sm4, BATCH, Integer.MAX_VALUE);

        assertThat(first.finished()).isTrue();
        assertThat(first.target()).isEqualTo("SM4_GCM key version 1");
        assertThat(first.table("population_resident").moved()).isGreaterThanOrEqualTo(people.size());
        assertThat(first.unreadable()).isZero();
        for (Person person : people) {
            ResidentIdNumber idNumber = ResidentIdNumber.parse(person.idNumber());
            assertThat(firstByte("id_number", person)).isEqualTo(0x11);
            assertThat(firstByte("phone", person)).isEqualTo(0x11);
            assertThat(column("id_number_hash", person)).isEqualTo(sm4.idNumberHash(idNumber));
            assertThat(column("phone_hash", person)).isEqualTo(sm4.phoneHash(PhoneNumber.parse(person.phone())));
            Resident read = residents.findById(person.id()).orElseThrow();
            assertThat(read.getIdNumber().value()).isEqualTo(person.idNumber());
            assertThat(read.getPhone().value()).isEqualTo(person.phone());
            assertThat(residents.placeOfIdNumber(sm4.idNumberHashes(idNumber))).extracting(place -> place[0])
                    .containsExactly(person.id());
            assertThat(residents.placeOfIdNumber(aes.idNumberHashes(idNumber))).extracting(place -> place[0])
                    .as("an instance not yet switched still finds it").containsExactly(person.id());
        }
        assertThat(jdbc.queryForObject("select count(*) from identity_reencryption_progress", Long.class)).isZero();

        assertThat(jdbc.queryForObject("select detail from audit_event where object_type = 'personal-data' "
                + "order by id desc limit 1", String.class)).startsWith("re-encryption finished: ")
                .doesNotContainPattern("\\d{17}[\\dXx]");

        Result second = reencryption.run(sm4, BATCH, Integer.MAX_VALUE);

        assertThat(second.finished()).isTrue();
        assertThat(second.moved()).isZero();
    }

    @Test
    void aRunStoppedAfterOneBatchResumesWhereItStopped() {
        PersonalDataCipher sm4 = new PersonalDataCipher(keys, PersonalDataSuite.SM4_GCM);
        List<Person> people = residentsWrittenWith(aes, 3);

        Result stopped = reencryption.run(sm4, 2, 1);

        assertThat(stopped.finished()).isFalse();
        assertThat(stopped.tables()).hasSize(1);
        String table = stopped.tables().get(0).table();
        assertThat(stopped.tables().get(0).scanned()).isEqualTo(2);
        Long lastId = jdbc.queryForObject("select last_id from identity_reencryption_progress where table_name = ?",
                Long.class, table);
        long left = jdbc.queryForObject("select count(*) from " + table + " where id > ?", Long.class, lastId);

        Result resumed = reencryption.run(sm4, BATCH, Integer.MAX_VALUE);

        assertThat(resumed.finished()).isTrue();
        assertThat(resumed.table(table).resumedAfter()).isEqualTo(lastId);
        assertThat(resumed.table(table).scanned()).as("only the rows after the last one done").isEqualTo(left);
        for (Person person : people) {
            assertThat(firstByte("id_number", person)).isEqualTo(0x11);
            assertThat(residents.findById(person.id()).orElseThrow().getIdNumber().value())
                    .isEqualTo(person.idNumber());
        }
        assertThat(reencryption.run(sm4, BATCH, Integer.MAX_VALUE).moved()).isZero();
    }

    @Test
    void rotatingTheMasterToVersion2MovesEveryRowAndItsHashesAndEveryoneIsFoundBeforeDuringAndAfter() {
        List<Person> people = residentsWrittenWith(aes, 3);
        PersonalDataCipher readingVersion2 = new PersonalDataCipher(keysReadingVersion2(), aes.suite());
        PersonalDataCipher rotated = new PersonalDataCipher(keysReadingVersion2().writing(2), aes.suite());
        PersonalDataCipher onlyVersion2 = new PersonalDataCipher(
                PersonalDataKeys.fromMasterSecrets(Map.of(2, VERSION_2_MASTER), 2), aes.suite());
        for (Person person : people) {
            assertThat(firstByte("id_number", person)).isEqualTo(0x01);
            assertFound(person, readingVersion2, rotated);
        }
        List<Person> registeredAfterTheSwitch = residentsWrittenWith(rotated, 1);
        assertFound(registeredAfterTheSwitch.get(0), readingVersion2, rotated);
        assertThatIllegalStateException().as("version 1 retired before the move")
                .isThrownBy(() -> new StoredKeyVersionsCheck(jdbc, tables, onlyVersion2).check())
                .withMessageContaining("key version 1, for which no master is configured");

        Result first = reencryption.run(rotated, BATCH, Integer.MAX_VALUE);

        assertThat(first.finished()).isTrue();
        assertThat(first.target()).isEqualTo(aes.suite() + " key version 2");
        assertThat(first.table("population_resident").moved()).isGreaterThanOrEqualTo(people.size());
        assertThat(first.unreadable()).isZero();
        for (Person person : people) {
            ResidentIdNumber idNumber = ResidentIdNumber.parse(person.idNumber());
            assertThat(firstByte("id_number", person) & 0x0f).isEqualTo(2);
            assertThat(firstByte("phone", person) & 0x0f).isEqualTo(2);
            assertThat(onlyVersion2.decrypt(column("id_number", person))).isEqualTo(person.idNumber());
            assertThat(onlyVersion2.decrypt(column("phone", person))).isEqualTo(person.phone());
            assertThat(column("id_number_hash", person)).isEqualTo(rotated.idNumberHash(idNumber));
            assertThat(column("phone_hash", person)).isEqualTo(rotated.phoneHash(PhoneNumber.parse(person.phone())));
            assertFound(person, readingVersion2, rotated, onlyVersion2);
            assertThat(residents.placeOfIdNumber(aes.idNumberHashes(idNumber)))
                    .as("an instance that never got version 2 no longer finds it").isEmpty();
        }
        new StoredKeyVersionsCheck(jdbc, tables, onlyVersion2).check();
        assertThat(jdbc.queryForObject("select object_id from audit_event where object_type = 'personal-data' "
                + "order by id desc limit 1", String.class)).isEqualTo(aes.suite() + " key version 2");

        Result second = reencryption.run(rotated, BATCH, Integer.MAX_VALUE);

        assertThat(second.finished()).isTrue();
        assertThat(second.moved()).isZero();
        assertThat(second.unreadable()).isZero();
    }

    private PersonalDataKeys keysReadingVersion2() {
        return keys.withVersion(2, VERSION_2_MASTER);
    }

    private void assertFound(Person person, PersonalDataCipher... instances) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(person.idNumber());
        for (PersonalDataCipher instance : instances) {
            assertThat(residents.placeOfIdNumber(instance.idNumberHashes(idNumber))).extracting(place -> place[0])
                    .as("found by an instance writing %s", instance.target()).containsExactly(person.id());
        }
    }

    /** A column the re-encryption does not know would keep its old suite for ever. */
    @Test
    void everyEncryptedColumnOfEveryEntityIsDeclaredForTheReencryption() {
        Set<String> declared = new HashSet<>();
        for (PersonalDataTable table : tables) {
            table.columns().forEach(column -> declared.add(table.table() + "." + column.name()));
        }
        Set<String> converted = new HashSet<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            Table table = type.getAnnotation(Table.class);
            for (Field field : type.getDeclaredFields()) {
                Convert convert = field.getAnnotation(Convert.class);
                if (convert != null && ENCRYPTING.contains(convert.converter())) {
                    Column column = field.getAnnotation(Column.class);
                    converted.add(table.name() + "." + (column != null && !column.name().isEmpty() ? column.name()
                            : field.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)));
                }
            }
        }

        assertThat(converted).isNotEmpty().contains("population_resident.id_number");
        assertThat(declared).containsAll(converted);
    }

    private static final Set<Class<?>> ENCRYPTING = Set.of(EncryptedIdNumberConverter.class,
            EncryptedPhoneConverter.class, EncryptedTextConverter.class);

    private List<Person> residentsWrittenWith(PersonalDataCipher cipher, int count) {
        assertThat(aes.suite()).isEqualTo(PersonalDataSuite.AES_256_GCM);
        Timestamp now = Timestamp.from(Instant.parse("2020-03-17T02:00:00Z"));
        String path = OUTSIDE_ANY_REGION + "/" + TestData.next();
        jdbc.update("insert into population_household (grid_code, region_path, address, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?)", TestData.tag("g"), path, TestData.tag("再加密小区"), now, now);
        Long household = jdbc.queryForObject("select max(id) from population_household where region_path = ?",
                Long.class, path);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ResidentIdNumber idNumber = ResidentIdNumber.parse(TestData.idNumber());
            PhoneNumber phone = PhoneNumber.parse("139" + String.format("%08d", TestData.next() % 100_000_000));
            jdbc.update("insert into population_resident (household_id, region_path, name, id_number, id_number_hash,"
                    + " sex, birth_date, phone, phone_hash, relation, resident_type, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", household, path, "王再加密",
                    cipher.encrypt(idNumber.value()), cipher.idNumberHash(idNumber), idNumber.sex().name(),
                    idNumber.birthDate(), cipher.encrypt(phone.value()), cipher.phoneHash(phone),
                    i == 0 ? "HEAD" : "CHILD", "REGISTERED", now, now);
            Long id = jdbc.queryForObject("select id from population_resident where id_number_hash = ?", Long.class,
                    cipher.idNumberHash(idNumber));
            people.add(new Person(id, idNumber.value(), phone.value()));
        }
        return people;
    }

    private String column(String column, Person person) {
        return jdbc.queryForObject("select " + column + " from population_resident where id = ?", String.class,
                person.id());
    }

    private int firstByte(String column, Person person) {
        return Byte.toUnsignedInt(Base64.getDecoder().decode(column(column, person))[0]);
    }
}
