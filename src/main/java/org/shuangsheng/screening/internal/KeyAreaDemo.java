package org.shuangsheng.screening.internal;

import org.shuangsheng.screening.KeyAreas;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, a few key areas valid around today (marked demo), so demo findings can meet them. */
@Component
@Order(40)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class KeyAreaDemo implements ApplicationRunner {

    private final KeyAreas keyAreas;

    KeyAreaDemo(KeyAreas keyAreas) {
        this.keyAreas = keyAreas;
    }

    @Override
    public void run(ApplicationArguments args) {
        keyAreas.seedDemo();
    }
}
