package org.shuangsheng.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Stores other sensitive text (health notes, travel history) encrypted with
 * {@link PersonalDataCipher#encrypt}. The column needs {@code 4 * ceil((29 + n) / 3)} characters for
 * {@code n} bytes of UTF-8 (a Chinese character is 3 bytes): a 500-character Chinese note needs
 * about 2,040. Such text cannot be searched; it can only be read back.
 */
@Component
@Converter(autoApply = false)
public class EncryptedTextConverter implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedTextConverter(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String text) {
        return cipher.encrypt(text);
    }

    /** @throws DecryptionFailedException when the column was altered or made with an unknown key */
    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
