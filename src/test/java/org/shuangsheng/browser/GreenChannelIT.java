package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.internal.ServiceRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo liaison ent01 asks for prevention supplies on a phone; the health bureau (weijian)
 * accepts and resolves the request; ent01 sees it resolved and confirms it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GreenChannelIT {

    static final String PASSWORD = "Shuangsheng@2020";

    @LocalServerPort
    int port;

    @Autowired
    ServiceRequestRepository requests;

    @Test
    void ent01AsksForSuppliesTheHealthBureauResolvesAndEnt01Confirms() throws Exception {
        String page;
        try (Browser ent01 = Browser.open(port, 390, 844)) {
            ent01.signIn("ent01", PASSWORD);
            ent01.go("/enterprises/requests");
            ent01.click(By.id("new-request"));
            new Select(ent01.find(By.id("category"))).selectByValue("PREVENTION_SUPPLIES");
            new Select(ent01.find(By.id("urgency"))).selectByValue("URGENT");
            ent01.type(By.id("description"), "急需医用口罩两千只、测温枪十把");
            ent01.screenshot("green-channel-request-phone");
            ent01.click(By.id("submit-request"));
            ent01.waitForText(By.id("request-status"), "已提交");
            page = ent01.driver.getCurrentUrl().substring(ent01.base.length());
        }
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        try (Browser weijian = Browser.open(port, 1280, 900)) {
            weijian.signIn("weijian", PASSWORD);
            weijian.go("/enterprises/requests?category=PREVENTION_SUPPLIES&status=SUBMITTED");
            weijian.click(By.cssSelector("a[href$='/enterprises/requests/" + id + "']"));
            weijian.click(By.id("step-ACCEPTED"));
            weijian.waitForText(By.id("request-status"), "已受理");
            weijian.click(By.id("step-RESOLVED"));
            weijian.waitForText(By.id("request-status"), "已解决");
            assertThat(weijian.driver.findElements(By.id("step-CONFIRMED"))).isEmpty();
        }
        try (Browser ent01 = Browser.open(port, 390, 844)) {
            ent01.signIn("ent01", PASSWORD);
            ent01.go(page);
            ent01.waitForText(By.id("request-status"), "已解决");
            ent01.click(By.id("step-CONFIRMED"));
            ent01.waitForText(By.id("request-status"), "确认");
            ent01.screenshot("green-channel-confirmed-phone");
        }
        assertThat(requests.findById(id).orElseThrow().getStatus()).isEqualTo(ServiceRequestStatus.CONFIRMED);
    }
}
