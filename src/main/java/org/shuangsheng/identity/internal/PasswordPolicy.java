package org.shuangsheng.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules as 等保 asks and ASVS advises: at least 12 characters (long passphrases
 * welcome), none of the commonly used passwords, not the user name, and — configurable, on by
 * default — characters of at least three kinds. Rotation is not forced.
 */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private final int minLength;
    private final boolean composition;
    private final Set<String> common;

    PasswordPolicy(@Value("${shuangsheng.password.min-length:12}") int minLength,
            @Value("${shuangsheng.password.require-composition:true}") boolean composition) throws IOException {
        this.minLength = Math.max(minLength, 12);
        this.composition = composition;
        try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            this.common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    List<String> check(String password, String username) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            broken.add("password.required");
            return broken;
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            broken.add("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            broken.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            broken.add("password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("password.containsUsername");
        }
        if (composition && kinds(password) < 3) {
            broken.add("password.composition");
        }
        return broken;
    }

    int minLength() {
        return minLength;
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
