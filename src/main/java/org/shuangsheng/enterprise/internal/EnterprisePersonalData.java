package org.shuangsheng.enterprise.internal;

import org.shuangsheng.identity.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enterprise module's encrypted columns, for the re-encryption of personal data. */
@Configuration(proxyBeanMethods = false)
class EnterprisePersonalData {

    @Bean
    PersonalDataTable enterpriseLiaisonPhone() {
        return PersonalDataTable.of("enterprise").column("liaison_phone");
    }

    @Bean
    PersonalDataTable filingPreventionLeadPhone() {
        return PersonalDataTable.of("enterprise_filing").column("prevention_lead_phone");
    }

    @Bean
    PersonalDataTable returningWorkerIdNumberAndPhone() {
        return PersonalDataTable.of("enterprise_returning_worker").column("id_number", "id_number_hash")
                .column("phone", "phone_hash");
    }
}
