package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class PersonalDataKeysTest {

    @TempDir
    Path dir;

    @Test
    void usesTheConfiguredKeyAndCreatesNoKeyFile() {
        Path keyFile = dir.resolve("data/data-key");

        PersonalDataKeys keys = new PersonalDataKeys(TestKeys.masterBase64(1), true, keyFile);

        assertThat(keyFile).doesNotExist();
        assertThat(new PersonalDataCipher(keys).blindIndex("x")).isEqualTo(TestKeys.cipher(1).blindIndex("x"));
    }

    @Test
    void acceptsTheConfiguredKeyInUrlSafeBase64WithSurroundingWhitespace() {
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(TestKeys.master(7));
        assumeThat(urlSafe).containsAnyOf("-", "_");

        PersonalDataKeys keys = new PersonalDataKeys(" " + urlSafe + "\n", false, dir.resolve("unused"));

        assertThat(new PersonalDataCipher(keys).blindIndex("x")).isEqualTo(TestKeys.cipher(7).blindIndex("x"));
    }

    @Test
    void productionWithoutAKeyRefusesToStartAndSaysWhatToSet() {
        Path keyFile = dir.resolve("data-key");

        assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys("", false, keyFile))
                .withMessageContaining("SHUANGSHENG_DATA_KEY is not set")
                .withMessageContaining("openssl rand -base64 32");
        assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys("  ", false, keyFile));
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void productionProfileWithoutAKeyFailsTheApplicationContext() {
        new ApplicationContextRunner()
                .withPropertyValues("shuangsheng.demo.enabled=false", "SHUANGSHENG_DATA_KEY=",
                        "shuangsheng.data-key-file=" + dir.resolve("data-key"))
                .withUserConfiguration(PersonalDataKeys.class, PersonalDataCipher.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("SHUANGSHENG_DATA_KEY is not set");
                });
        assertThat(dir.resolve("data-key")).doesNotExist();
    }

    @Test
    void productionProfileWithAKeyStarts() {
        new ApplicationContextRunner()
                .withPropertyValues("shuangsheng.demo.enabled=false", "SHUANGSHENG_DATA_KEY=" + TestKeys.masterBase64(3))
                .withUserConfiguration(PersonalDataKeys.class, PersonalDataCipher.class)
                .run(context -> assertThat(context.getBean(PersonalDataCipher.class).blindIndex("x"))
                        .isEqualTo(TestKeys.cipher(3).blindIndex("x")));
    }

    @Test
    void demoModeCreatesAnOwnerOnlyKeyFileOnFirstStartAndReusesItAfterwards() throws Exception {
        Path keyFile = dir.resolve("data/data-key");

        PersonalDataCipher first = new PersonalDataCipher(new PersonalDataKeys("", true, keyFile));

        assertThat(keyFile).exists();
        String content = Files.readString(keyFile, StandardCharsets.US_ASCII);
        assertThat(Base64.getDecoder().decode(content.strip())).hasSize(32);
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        }

        String stored = first.encrypt("230506199003071234");
        PersonalDataCipher second = new PersonalDataCipher(new PersonalDataKeys("", true, keyFile));

        assertThat(Files.readString(keyFile, StandardCharsets.US_ASCII)).isEqualTo(content);
        assertThat(second.decrypt(stored)).isEqualTo("230506199003071234");
        assertThat(second.blindIndex("x")).isEqualTo(first.blindIndex("x"));
    }

    @Test
    void demoModeInTheApplicationContextUsesTheConfiguredKeyFile() {
        Path keyFile = dir.resolve("elsewhere/key");
        new ApplicationContextRunner()
                .withPropertyValues("shuangsheng.demo.enabled=true", "SHUANGSHENG_DATA_KEY=",
                        "shuangsheng.data-key-file=" + keyFile)
                .withUserConfiguration(PersonalDataKeys.class, PersonalDataCipher.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(keyFile).exists();
                });
    }

    @Test
    void aDifferentKeyFileGivesDifferentKeys() {
        PersonalDataCipher one = new PersonalDataCipher(new PersonalDataKeys("", true, dir.resolve("one")));
        PersonalDataCipher two = new PersonalDataCipher(new PersonalDataKeys("", true, dir.resolve("two")));

        assertThat(one.blindIndex("x")).isNotEqualTo(two.blindIndex("x"));
    }

    @Test
    void refusesAShortKeyWithoutQuotingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

        assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys(shortKey, true, dir.resolve("k")))
                .withMessageContaining("16 bytes")
                .withMessageNotContaining(shortKey);
    }

    @Test
    void refusesAKeyThatIsNotBase64WithoutQuotingIt() {
        String typo = TestKeys.masterBase64(1).substring(0, 20) + "!*" + TestKeys.masterBase64(1).substring(22);

        assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys(typo, true, dir.resolve("k")))
                .withMessageContaining("SHUANGSHENG_DATA_KEY is not base64")
                .withMessageNotContaining(typo)
                .withMessageNotContaining("!*");
    }

    @Test
    void refusesADamagedKeyFileAndNamesIt() throws Exception {
        Path keyFile = dir.resolve("data-key");
        Files.writeString(keyFile, "c2hvcnQ=\n");

        assertThatIllegalStateException().isThrownBy(() -> new PersonalDataKeys("", true, keyFile))
                .withMessageContaining(keyFile.toAbsolutePath().toString())
                .withMessageContaining("5 bytes");
    }

    @Test
    void derivesFourIndependentKeysNoneOfThemTheMaster() {
        byte[] master = TestKeys.master(1);
        PersonalDataKeys keys = PersonalDataKeys.fromMasterSecret(master);

        byte[] encryption = keys.encryptionKey(PersonalDataSuite.AES_256_GCM, PersonalDataKeys.FIRST_VERSION).getEncoded();
        byte[] index = keys.blindIndexKey(PersonalDataSuite.AES_256_GCM).getEncoded();
        byte[] sm4 = keys.encryptionKey(PersonalDataSuite.SM4_GCM, PersonalDataKeys.FIRST_VERSION).getEncoded();
        byte[] sm3Index = keys.blindIndexKey(PersonalDataSuite.SM4_GCM).getEncoded();

        assertThat(encryption).hasSize(32).isNotEqualTo(index).isNotEqualTo(master);
        assertThat(index).hasSize(32).isNotEqualTo(master).isNotEqualTo(sm3Index);
        assertThat(sm4).hasSize(16).isNotEqualTo(Arrays.copyOf(encryption, 16)).isNotEqualTo(Arrays.copyOf(master, 16));
        assertThat(sm3Index).hasSize(32).isNotEqualTo(master).isNotEqualTo(encryption);
        assertThat(keys.encryptionKey(PersonalDataSuite.AES_256_GCM, 2)).isNull();
        assertThat(keys.encryptionKey(PersonalDataSuite.SM4_GCM, 2)).isNull();
        assertThat(master).as("the caller's array is left alone").isEqualTo(TestKeys.master(1));
    }

    @Test
    void aSecondVersionFromItsPropertyOrEnvironmentVariableWritesNewValuesAndVersion1StillReads() {
        String old = TestKeys.cipher(1).encrypt("230506199003071234");
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withPropertyValues("shuangsheng.demo.enabled=false", "SHUANGSHENG_DATA_KEY=" + TestKeys.masterBase64(1))
                .withUserConfiguration(PersonalDataKeys.class, PersonalDataCipher.class);
        ContextConsumer<AssertableApplicationContext> rotated = context -> {
            PersonalDataCipher cipher = context.getBean(PersonalDataCipher.class);
            assertThat(cipher.decrypt(old)).isEqualTo("230506199003071234");
            assertThat(Base64.getDecoder().decode(cipher.encrypt("x"))[0]).isEqualTo((byte) 2);
            assertThat(cipher.blindIndex("x")).isEqualTo(new PersonalDataCipher(PersonalDataKeys.fromMasterSecret(
                    TestKeys.master(2))).blindIndex("x"));
        };

        runner.withPropertyValues("shuangsheng.crypto.keys.2=" + TestKeys.masterBase64(2),
                "shuangsheng.crypto.key-version=2").run(rotated);
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("SHUANGSHENG_CRYPTO_KEYS_2", TestKeys.masterBase64(2),
                                "SHUANGSHENG_CRYPTO_KEY_VERSION", "2")))).run(rotated);
    }

    @Test
    void aSecondVersionThatIsNotYetCurrentIsReadButNotWritten() {
        PersonalDataKeys keys = new PersonalDataKeys(TestKeys.masterBase64(1), false, dir.resolve("unused"), 1,
                Map.of("2", TestKeys.masterBase64(2)));
        PersonalDataCipher cipher = new PersonalDataCipher(keys);
        String written = new PersonalDataCipher(PersonalDataKeys.fromMasterSecrets(Map.of(2, TestKeys.master(2)), 2))
                .encrypt("13800138000");

        assertThat(cipher.decrypt(written)).isEqualTo("13800138000");
        assertThat(Base64.getDecoder().decode(cipher.encrypt("x"))[0]).isEqualTo((byte) 1);
        assertThat(cipher.blindIndex("x")).isEqualTo(TestKeys.cipher(1).blindIndex("x"));
    }

    @Test
    void version1RetiredOutsideDemoModeStartsWithTheOtherVersionAndCreatesNoKeyFile() {
        Path keyFile = dir.resolve("data-key");

        PersonalDataKeys keys = new PersonalDataKeys("", false, keyFile, 2, Map.of("2", TestKeys.masterBase64(2)));

        assertThat(keys.versions()).containsExactly(2);
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void refusesACurrentVersionWithoutAMasterNamingWhatToSet() {
        String key = TestKeys.masterBase64(1);

        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(key, false, dir.resolve("unused"), 2, Map.of()))
                .withMessageContaining("shuangsheng.crypto.key-version is 2")
                .withMessageContaining("set shuangsheng.crypto.keys.2 or SHUANGSHENG_CRYPTO_KEYS_2 to the base64")
                .withMessageNotContaining(key);
    }

    @Test
    void refusesInconsistentVersionsWithoutQuotingAKey() {
        String one = TestKeys.masterBase64(1);
        Path unused = dir.resolve("unused");

        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(one, false, unused, 1, Map.of("1", TestKeys.masterBase64(2))))
                .withMessageContaining("Key version 1 is set twice").withMessageNotContaining(one);
        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(one, false, unused, 2, Map.of("2", one)))
                .withMessageContaining("Key versions 1 and 2 hold the same master secret").withMessageNotContaining(one);
        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(one, false, unused, 1, Map.of("16", TestKeys.masterBase64(2))))
                .withMessageContaining("shuangsheng.crypto.keys.16 is 16: a key version is 1 to 15");
        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(one, false, unused, 1, Map.of("v2", TestKeys.masterBase64(2))))
                .withMessageContaining("shuangsheng.crypto.keys.v2 names no key version");
        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(one, false, unused, 1, Map.of("2", "c2hvcnQ=")))
                .withMessageContaining("shuangsheng.crypto.keys.2 holds 5 bytes");
        assertThatIllegalStateException()
                .isThrownBy(() -> new PersonalDataKeys(one, false, unused, 0, Map.of()))
                .withMessageContaining("shuangsheng.crypto.key-version is 0");
    }

    @Test
    void toStringOfSeveralVersionsNamesTheirSourcesAndTheCurrentOneButNeverAKey() {
        String one = TestKeys.masterBase64(1);
        String two = TestKeys.masterBase64(2);

        PersonalDataKeys keys = new PersonalDataKeys(one, false, dir.resolve("unused"), 2, Map.of("2", two));

        assertThat(keys.toString()).isEqualTo("PersonalDataKeys[version 2 from shuangsheng.crypto.keys.2, "
                + "version 1 from SHUANGSHENG_DATA_KEY (new values: version 2)]").doesNotContain(one, two);
    }

    @Test
    void toStringNamesTheSourceButNeverTheKey() {
        String key = TestKeys.masterBase64(1);
        PersonalDataKeys keys = new PersonalDataKeys(key, false, dir.resolve("unused"));

        assertThat(keys.toString()).isEqualTo("PersonalDataKeys[version 1 from SHUANGSHENG_DATA_KEY]")
                .doesNotContain(key);
    }
}
