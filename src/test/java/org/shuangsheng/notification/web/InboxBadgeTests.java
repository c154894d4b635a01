package org.shuangsheng.notification.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class InboxBadgeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    Notifications notifications;

    @Test
    void theBellShowsTheUnreadCountOfTheSignedInUserOnly() throws Exception {
        notifications.send(new NotificationRequest("guard01", null, null, "卡口交接", "请于 8:00 前完成交接", Set.of(Channel.IN_APP),
                null));
        mvc.perform(get("/").with(users.as("guard01")))
                .andExpect(content().string(containsString("id=\"inbox-count\"")));
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("id=\"inbox\""))));
    }
}
