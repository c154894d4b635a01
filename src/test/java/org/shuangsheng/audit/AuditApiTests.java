package org.shuangsheng.audit;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AuditApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    AuditLog audit;

    @Test
    void theCommanderReadsEventsAsJsonNewestFirst() throws Exception {
        String user = TestData.tag("a");
        audit.record(user, AuditAction.CREATE, "region", "230506001", AuditOutcome.SUCCESS, "first");
        audit.record(user, AuditAction.UPDATE, "region", "230506001", AuditOutcome.SUCCESS, "second");
        mvc.perform(get("/api/v1/audit-events").param("user", user).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[0].detail", is("second")))
                .andExpect(jsonPath("$[0].action", is("UPDATE")))
                .andExpect(jsonPath("$[0].username", is(user)))
                .andExpect(jsonPath("$[0].objectType", is("region")))
                .andExpect(jsonPath("$[0].objectId", is("230506001")))
                .andExpect(jsonPath("$[0].outcome", is("SUCCESS")))
                .andExpect(jsonPath("$[0].occurredAt").isString())
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].address").hasJsonPath())
                .andExpect(jsonPath("$[1].detail", is("first")));
    }

    @Test
    void filtersByActionAndByDatesOrDateTimes() throws Exception {
        String user = TestData.tag("a");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String anHourAgo = Instant.now().minusSeconds(3600).toString();
        String inAnHour = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(1).withNano(0).toString();
        audit.record(user, AuditAction.EXPORT, "region", null, AuditOutcome.SUCCESS, null);
        audit.record(user, AuditAction.IMPORT, "region", null, AuditOutcome.FAILURE, null);
        String bearer = tokens.bearer("commander");
        mvc.perform(get("/api/v1/audit-events").param("user", user).param("action", "import")
                        .header("Authorization", bearer))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[*].action", everyItem(is("IMPORT"))));
        mvc.perform(get("/api/v1/audit-events").param("user", user).param("from", today).param("to", today)
                        .header("Authorization", bearer))
                .andExpect(header().string("X-Total-Count", "2"));
        mvc.perform(get("/api/v1/audit-events").param("user", user).param("from", anHourAgo)
                        .param("to", inAnHour).header("Authorization", bearer))
                .andExpect(header().string("X-Total-Count", "2"));
        mvc.perform(get("/api/v1/audit-events").param("user", user).param("from", inAnHour)
                        .header("Authorization", bearer))
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void anUnknownActionOrDateIsAFieldError() throws Exception {
        mvc.perform(get("/api/v1/audit-events").param("action", "DROP_TABLE").header("Authorization",
                        tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("action")))
                .andExpect(jsonPath("$.errors[0].message", is("未知的操作类型。")));
        mvc.perform(get("/api/v1/audit-events").param("from", "yesterday").param("to", "-999999999-01-01")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("from")))
                .andExpect(jsonPath("$.errors[1].field", is("to")));
    }

    @Test
    void aFilterValueIsNeverPartOfTheQuery() throws Exception {
        mvc.perform(get("/api/v1/audit-events").param("user", "x' OR '1'='1").header("Authorization",
                        tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void onlyTheCommanderMayReadTheLog() throws Exception {
        for (String user : new String[] {"grid01", "admin", "ent01", "farmer01", "hongqi"}) {
            mvc.perform(get("/api/v1/audit-events").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(get("/api/v1/audit-events"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status", is(401)));
    }
}
