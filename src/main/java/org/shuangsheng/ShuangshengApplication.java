package org.shuangsheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ShuangshengApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShuangshengApplication.class, args);
    }
}
