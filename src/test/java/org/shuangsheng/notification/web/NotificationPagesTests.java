package org.shuangsheng.notification.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.NotificationQueries;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class NotificationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationQueries queries;

    static String marker() {
        return TestData.tag("m");
    }

    long sendTo(String username, String subject) {
        return notifications.send(NotificationRequest.toUser(username, subject, "正文 " + subject)).orElseThrow();
    }

    @Test
    void aUserSeesItsOwnMessagesAndItsRolesBroadcastsButNoOneElses() throws Exception {
        String mine = marker();
        String grid02s = marker();
        String toGridWorkers = marker();
        String toCommanders = marker();
        sendTo("grid01", mine);
        sendTo("grid02", grid02s);
        notifications.send(NotificationRequest.toRole(Role.GRID_WORKER, toGridWorkers, "全体网格员"));
        notifications.send(NotificationRequest.toRole(Role.COMMANDER, toCommanders, "指挥部"));

        mvc.perform(get("/notifications").with(users.as("grid01")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("通知"), containsString(mine),
                        containsString(toGridWorkers), not(containsString(grid02s)), not(containsString(toCommanders)),
                        containsString("全部标为已读"))));
        mvc.perform(get("/notifications").with(users.as("grid02")))
                .andExpect(content().string(allOf(containsString(grid02s), containsString(toGridWorkers),
                        not(containsString(mine)))));
        mvc.perform(get("/notifications").with(users.as("commander")))
                .andExpect(content().string(allOf(containsString(toCommanders), not(containsString(mine)),
                        not(containsString(toGridWorkers)))));
    }

    @Test
    void anotherUsersMessageAnswers404OnReadingAndMarkingRead() throws Exception {
        String subject = marker();
        long grid02s = sendTo("grid02", subject);
        mvc.perform(get("/notifications/{id}", grid02s).with(users.as("grid01")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(subject))));
        mvc.perform(post("/notifications/{id}/read", grid02s).with(users.as("grid01")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notifications/{id}", grid02s).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(subject))));
        mvc.perform(post("/api/v1/notifications/{id}/read", grid02s).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notifications/{id}", 987654321L).with(users.as("grid01")))
                .andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(queries.get(users.scope("grid02"), grid02s).read()).isFalse();

        mvc.perform(get("/notifications/{id}", grid02s).with(users.as("grid02")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
    }

    @Test
    void markingOneReadAndThenAllReadEmptiesTheUnreadList() throws Exception {
        String first = marker();
        String second = marker();
        long firstId = sendTo("cadre01", first);
        sendTo("cadre01", second);
        long before = queries.unreadCount(users.scope("cadre01"));

        mvc.perform(post("/notifications/{id}/read", firstId).with(users.as("cadre01")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("HX-Trigger", "notifications-changed"));
        org.assertj.core.api.Assertions.assertThat(queries.unreadCount(users.scope("cadre01"))).isEqualTo(before - 1);
        mvc.perform(get("/notifications").param("unread", "true").with(users.as("cadre01")))
                .andExpect(content().string(allOf(containsString(second), not(containsString(first)))));

        mvc.perform(post("/notifications/read-all").with(users.as("cadre01")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(queries.unreadCount(users.scope("cadre01"))).isZero();
        mvc.perform(get("/notifications").param("unread", "true").with(users.as("cadre01")))
                .andExpect(content().string(allOf(not(containsString(second)), containsString("没有通知"))));
        mvc.perform(post("/notifications/read-all").with(users.as("cadre01"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiListsTheCallersMessagesWithTheirTotal() throws Exception {
        String unread = marker();
        String read = marker();
        sendTo("ent01", unread);
        long readId = sendTo("ent01", read);
        queries.markRead(users.scope("ent01"), readId);
        String bearer = tokens.bearer("ent01");
        mvc.perform(get("/api/v1/notifications").param("unread", "true").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(jsonPath("$[*].subject", hasItem(unread)))
                .andExpect(jsonPath("$[*].subject", not(hasItem(read))))
                .andExpect(jsonPath("$[*].readAt", everyItem(is((Object) null))));
        mvc.perform(get("/api/v1/notifications").header("Authorization", bearer))
                .andExpect(jsonPath("$[*].subject", hasItem(read)))
                .andExpect(jsonPath("$[0].createdAt").isString())
                .andExpect(jsonPath("$[0].id").isNumber());
        mvc.perform(get("/api/v1/notifications/{id}", readId).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject", is(read)))
                .andExpect(jsonPath("$.body", is("正文 " + read)));
        mvc.perform(get("/api/v1/notifications").param("size", "1").header("Authorization", bearer))
                .andExpect(jsonPath("$.length()", is(1)));
    }

    @Test
    void everyRoleHasTheInboxInTheNavigationAndItSpeaksEnglish() throws Exception {
        for (String user : new String[] {"commander", "admin", "grid01", "ent01", "farmer01", "guard01"}) {
            mvc.perform(get("/").with(users.as(user)))
                    .andExpect(content().string(containsString("href=\"/notifications\"")));
        }
        mvc.perform(get("/notifications").param("lang", "en").with(users.as("farmer01")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Notifications"), containsString("Mark all read"))));
    }

    @Test
    void anHtmxRequestAnswersOnlyTheList() throws Exception {
        String subject = marker();
        sendTo("guard01", subject);
        mvc.perform(get("/notifications").header("HX-Request", "true").with(users.as("guard01")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(subject), containsString("notification-list"),
                        not(containsString("<html")))));
    }
}
