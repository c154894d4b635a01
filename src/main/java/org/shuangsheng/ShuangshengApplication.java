package org.shuangsheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ShuangshengApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShuangshengApplication.class, args);
    }
}
