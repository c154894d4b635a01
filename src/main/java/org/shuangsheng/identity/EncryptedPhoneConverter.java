package org.shuangsheng.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;
import org.shuangsheng.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/**
 * Stores a {@link PhoneNumber} encrypted ({@link PersonalDataCipher#encrypt}); a
 * {@code varchar(64)} column holds it (every phone, mobile or landline, becomes 56 characters). Keep a hash column beside it filled with
 * {@link PersonalDataCipher#phoneHash} for search. See {@link EncryptedIdNumberConverter} for use.
 */
@Component
@Immutable
@Converter(autoApply = false)
public class EncryptedPhoneConverter implements AttributeConverter<PhoneNumber, String> {

    private final PersonalDataCipher cipher;

    public EncryptedPhoneConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(PhoneNumber phone) {
        return phone == null ? null : cipher.encrypt(phone.value());
    }

    /** @throws DecryptionFailedException when the column was altered or made with an unknown key */
    @Override
    public PhoneNumber convertToEntityAttribute(String stored) {
        return stored == null ? null : PhoneNumber.parse(cipher.decrypt(stored));
    }
}
