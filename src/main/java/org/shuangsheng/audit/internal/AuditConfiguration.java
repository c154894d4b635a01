package org.shuangsheng.audit.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    /**
     * Publishes every refused authorization as an {@code AuthorizationDeniedEvent}. Spring
     * Security's request rules fall back to such a publisher when no bean exists, but method
     * security ({@code @PreAuthorize}, once a module uses it) publishes nothing without this
     * bean; declaring it keeps denials audited wherever they are decided.
     */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
