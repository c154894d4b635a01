package org.shuangsheng.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who just ran the demo where it listens and who can sign in. The password
 * stays in the README: no password is ever written to the console or a log.
 */
@Component
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoBanner {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder banner = new StringBuilder()
                .append("\n==================================================================\n")
                .append("  双胜 Shuangsheng — 演示区 宝山区 demo district is running\n")
                .append("  http://localhost:").append(port).append("/\n")
                .append("  演示账号 demo accounts (密码见 README / password in the README):\n");
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            banner.append(String.format("    %-10s %-20s %s%n", account.username(), account.role(),
                    account.displayName()));
        }
        banner.append("==================================================================\n");
        System.out.println(banner);
    }
}
