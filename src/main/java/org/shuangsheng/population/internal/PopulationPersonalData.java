package org.shuangsheng.population.internal;

import org.shuangsheng.identity.PersonalDataTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Residents' ID numbers and phones, for the re-encryption of personal data. */
@Configuration(proxyBeanMethods = false)
class PopulationPersonalData {

    @Bean
    PersonalDataTable residentIdNumberAndPhone() {
        return PersonalDataTable.of("population_resident").column("id_number", "id_number_hash")
                .column("phone", "phone_hash");
    }
}
