package org.shuangsheng.identity.internal;

import org.shuangsheng.identity.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's encrypted column: the shared secret of a second factor. */
@Configuration(proxyBeanMethods = false)
class IdentityPersonalData {

    @Bean
    PersonalDataTable userTotpSecret() {
        return PersonalDataTable.of("identity_user").column("totp_secret");
    }
}
