package org.shuangsheng.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * Stores a {@link ResidentIdNumber} encrypted ({@link PersonalDataCipher#encrypt}); a
 * {@code varchar(64)} column holds it. Apply it by name, and keep a hash column beside it for
 * search:
 *
 * <pre>{@code
 * @Convert(converter = EncryptedIdNumberConverter.class)
 * private ResidentIdNumber idNumber;
 * private String idNumberHash; // cipher.idNumberHash(idNumber), set together with idNumber
 * }</pre>
 *
 * <p>A Spring bean: Hibernate gets it, with its cipher, through Spring's bean container.
 * {@code @Immutable} tells Hibernate the value type never changes in place, so loading an entity
 * does not encrypt every value again to keep a snapshot for dirty checking.
 */
@Component
@Immutable
@Converter(autoApply = false)
public class EncryptedIdNumberConverter implements AttributeConverter<ResidentIdNumber, String> {

    private final PersonalDataCipher cipher;

    public EncryptedIdNumberConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(ResidentIdNumber idNumber) {
        return idNumber == null ? null : cipher.encrypt(idNumber.value());
    }

    /** @throws DecryptionFailedException when the column was altered or made with an unknown key */
    @Override
    public ResidentIdNumber convertToEntityAttribute(String stored) {
        return stored == null ? null : ResidentIdNumber.parse(cipher.decrypt(stored));
    }
}
