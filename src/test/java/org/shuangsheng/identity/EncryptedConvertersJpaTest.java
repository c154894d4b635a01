package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.shuangsheng.identity.PersonalDataCipherTest.ID_PATTERN;
import static org.shuangsheng.identity.PersonalDataCipherTest.MOBILE_PATTERN;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;
import org.hibernate.type.descriptor.converter.spi.JpaAttributeConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The converters inside Hibernate, as Spring Boot sets it up (SpringBeanContainer), on a table
 * of their own: the test entity is mapped in orm.xml in a private in-memory database, so it stays
 * out of the platform's persistence unit and its {@code ddl-auto=validate}.
 */
class EncryptedConvertersJpaTest {

    private static final String ID_NUMBER = PersonalDataCipherTest.idNumber("11010519491231002");


    @TempDir
    Path dir;

    private void run(ContextConsumer<AssertableApplicationContext> test) throws Exception {
        Path mapping = dir.resolve("orm.xml");
        Files.writeString(mapping, """
                <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.2">
                  <entity class="%s" name="TestPerson" access="FIELD">
                    <table name="test_person"/>
                    <attributes>
                      <id name="id"><generated-value strategy="IDENTITY"/></id>
                      <basic name="name"/>
                      <basic name="idNumber">
                        <column name="id_number" length="64"/>
                        <convert converter="%s"/>
                      </basic>
                      <basic name="idNumberHash"><column name="id_number_hash" length="64"/></basic>
                      <basic name="phone">
                        <column name="phone" length="64"/>
                        <convert converter="%s"/>
                      </basic>
                      <basic name="phoneHash"><column name="phone_hash" length="64"/></basic>
                      <basic name="healthNote">
                        <column name="health_note" length="2000"/>
                        <convert converter="%s"/>
                      </basic>
                    </attributes>
                  </entity>
                </entity-mappings>
                """.formatted(TestPerson.class.getName(), EncryptedIdNumberConverter.class.getName(),
                EncryptedPhoneConverter.class.getName(), EncryptedTextConverter.class.getName()));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                        TransactionAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "spring.jpa.hibernate.ddl-auto=create-drop",
                        "spring.jpa.mapping-resources=" + mapping.toUri())
                .withBean(PersonalDataKeys.class, () -> PersonalDataKeys.fromMasterSecret(TestKeys.master(1)))
                .withUserConfiguration(PersonalDataCipher.class, EncryptedIdNumberConverter.class,
                        EncryptedPhoneConverter.class, EncryptedTextConverter.class)
                .run(test);
    }

    @Test
    void rawColumnDoesNotMatchTheIdPatternAndSearchByIdStillFindsThePerson() throws Exception {
        run(context -> {
            PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
            EntityManagerFactory entityManagers = context.getBean(EntityManagerFactory.class);
            long id = save(entityManagers, cipher, "王小明", ID_NUMBER, "13800138000", "体温 37.8℃，自武汉返回");
            save(entityManagers, cipher, "李四", PersonalDataCipherTest.idNumber("23050619851111002"), "0469-4221234", null);

            Map<String, Object> row = context.getBean(JdbcTemplate.class)
                    .queryForMap("select id_number, phone, health_note, id_number_hash from test_person where id = ?", id);
            assertThat((String) row.get("id_number")).doesNotContainPattern(ID_PATTERN).doesNotContain(ID_NUMBER);
            assertThat((String) row.get("phone")).doesNotContainPattern(MOBILE_PATTERN);
            assertThat((String) row.get("health_note")).doesNotContain("体温", "武汉");
            assertThat((String) row.get("id_number_hash")).matches("[0-9a-f]{64}");

            inTransaction(entityManagers, entityManager -> {
                // As an official types it: lowercase x, spaces around.
                ResidentIdNumber typed = ResidentIdNumber.parse("  " + ID_NUMBER.toLowerCase() + " ");
                TestPerson found = entityManager
                        .createQuery("select p from TestPerson p where p.idNumberHash = :hash", TestPerson.class)
                        .setParameter("hash", cipher.idNumberHash(typed))
                        .getSingleResult();
                assertThat(found.name).isEqualTo("王小明");
                assertThat(found.idNumber).isEqualTo(typed);
                assertThat(found.phone.value()).isEqualTo("13800138000");
                assertThat(found.healthNote).isEqualTo("体温 37.8℃，自武汉返回");

                TestPerson byPhone = entityManager
                        .createQuery("select p from TestPerson p where p.phoneHash = :hash", TestPerson.class)
                        .setParameter("hash", cipher.phoneHash(PhoneNumber.parse("04694221234")))
                        .getSingleResult();
                assertThat(byPhone.name).isEqualTo("李四");
                assertThat(byPhone.healthNote).isNull();
            });
        });
    }

    @Test
    void hibernateGetsItsConvertersFromSpringWithTheCipherInjected() throws Exception {
        run(context -> {
            EntityPersister persons = context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class)
                    .getMappingMetamodel().getEntityDescriptor(TestPerson.class);
            PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);

            // Hibernate asks Spring's bean container with JPA-compliant creation, so Spring builds an
            // instance for it (not the singleton) and injects the cipher bean by constructor.
            assertThat(converterOf(persons, "idNumber")).isInstanceOf(EncryptedIdNumberConverter.class)
                    .extracting("cipher").isSameAs(cipher);
            assertThat(converterOf(persons, "phone")).isInstanceOf(EncryptedPhoneConverter.class)
                    .extracting("cipher").isSameAs(cipher);
            assertThat(converterOf(persons, "healthNote")).isInstanceOf(EncryptedTextConverter.class)
                    .extracting("cipher").isSameAs(cipher);
        });
    }

    @Test
    void idNumbersAndPhonesAreImmutableToHibernateSoLoadingDoesNotEncryptAgain() throws Exception {
        run(context -> {
            EntityPersister persons = context.getBean(EntityManagerFactory.class).unwrap(SessionFactoryImplementor.class)
                    .getMappingMetamodel().getEntityDescriptor(TestPerson.class);

            for (String attribute : List.of("idNumber", "phone", "healthNote")) {
                assertThat(persons.findAttributeMapping(attribute).getAttributeMetadata().getMutabilityPlan().isMutable())
                        .as(attribute).isFalse();
            }
        });
    }

    @Test
    void anUnchangedPersonIsNotRewrittenWhenItsTransactionCommits() throws Exception {
        run(context -> {
            EntityManagerFactory entityManagers = context.getBean(EntityManagerFactory.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long id = save(entityManagers, context.getBean(PersonalDataCipher.class), "王小明", ID_NUMBER, "13800138000",
                    "无症状");
            Map<String, Object> before = jdbc.queryForMap("select * from test_person where id = ?", id);

            inTransaction(entityManagers, entityManager -> assertThat(entityManager.find(TestPerson.class, id).idNumber)
                    .isEqualTo(ResidentIdNumber.parse(ID_NUMBER)));

            assertThat(jdbc.queryForMap("select * from test_person where id = ?", id)).isEqualTo(before);
        });
    }

    @Test
    void aTamperedColumnFailsToLoadAndNoMessageQuotesIt() throws Exception {
        run(context -> {
            EntityManagerFactory entityManagers = context.getBean(EntityManagerFactory.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long id = save(entityManagers, context.getBean(PersonalDataCipher.class), "王小明", ID_NUMBER, "13800138000",
                    null);
            byte[] stored = Base64.getDecoder().decode(
                    jdbc.queryForObject("select id_number from test_person where id = ?", String.class, id));
            stored[20] ^= 1;
            String tampered = Base64.getEncoder().encodeToString(stored);
            jdbc.update("update test_person set id_number = ? where id = ?", tampered, id);

            EntityManager entityManager = entityManagers.createEntityManager();
            try {
                Throwable failure = catchThrowable(() -> entityManager.find(TestPerson.class, id));
                assertThat(failure).hasRootCauseInstanceOf(DecryptionFailedException.class);
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).doesNotContain(tampered, ID_NUMBER)
                            .doesNotContainPattern(ID_PATTERN);
                }
            } finally {
                entityManager.close();
            }
        });
    }

    private static long save(EntityManagerFactory entityManagers, PersonalDataCipher cipher, String name,
            String idNumber, String phone, String healthNote) {
        ResidentIdNumber id = ResidentIdNumber.parse(idNumber);
        PhoneNumber phoneNumber = PhoneNumber.parse(phone);
        TestPerson person = new TestPerson(name, id, cipher.idNumberHash(id), phoneNumber, cipher.phoneHash(phoneNumber),
                healthNote);
        inTransaction(entityManagers, entityManager -> entityManager.persist(person));
        return person.id;
    }

    private static void inTransaction(EntityManagerFactory entityManagers, Consumer<EntityManager> work) {
        EntityManager entityManager = entityManagers.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            work.accept(entityManager);
            entityManager.getTransaction().commit();
        } finally {
            entityManager.close();
        }
    }

    private static Object converterOf(EntityPersister persister, String attribute) {
        BasicValueConverter<?, ?> converter = persister.findAttributeMapping(attribute).getSingleJdbcMapping()
                .getValueConverter();
        assertThat(converter).as(attribute).isInstanceOf(JpaAttributeConverter.class);
        return ((JpaAttributeConverter<?, ?>) converter).getConverterBean().getBeanInstance();
    }

    /** Mapped by the orm.xml above, not by annotations: an {@code @Entity} here would join every application context of the suite. */
    static class TestPerson {

        private Long id;
        private String name;
        private ResidentIdNumber idNumber;
        private String idNumberHash;
        private PhoneNumber phone;
        private String phoneHash;
        private String healthNote;

        TestPerson() {
        }

        TestPerson(String name, ResidentIdNumber idNumber, String idNumberHash, PhoneNumber phone, String phoneHash,
                String healthNote) {
            this.name = name;
            this.idNumber = idNumber;
            this.idNumberHash = idNumberHash;
            this.phone = phone;
            this.phoneHash = phoneHash;
            this.healthNote = healthNote;
        }
    }
}
