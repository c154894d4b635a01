package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.beans.spi.ManagedBeanRegistry;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform's own persistence unit hands out the converters with the platform's cipher in them. */
@PlatformTest
class PersonalDataInPlatformTests {

    @Autowired
    EntityManagerFactory entityManagers;

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void hibernateInThePlatformBuildsConvertersWithThePlatformsCipher() {
        ManagedBeanRegistry beans = entityManagers.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ManagedBeanRegistry.class);
        ResidentIdNumber idNumber = ResidentIdNumber.parse(PersonalDataCipherTest.idNumber("23050619900307123"));

        EncryptedIdNumberConverter converter = beans.getBean(EncryptedIdNumberConverter.class).getBeanInstance();
        String stored = converter.convertToDatabaseColumn(idNumber);

        assertThat(cipher.decrypt(stored)).isEqualTo(idNumber.value());
        assertThat(converter.convertToEntityAttribute(cipher.encrypt(idNumber.value()))).isEqualTo(idNumber);
    }
}
