package org.shuangsheng.screening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.TestData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Rounds, households and visits made through the API, as the people who use it would. */
final class ScreeningFixtures {

    static final String DISTRICT = "230506";
    static final String HONGQI = "230506001";
    static final String GRID01 = "23050600100101";
    static final String GRID02 = "23050600200101";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MockMvc mvc;
    private final ApiTokensForTests tokens;

    ScreeningFixtures(MockMvc mvc, ApiTokensForTests tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }


    /** Made-up numbers with address code 110105, born in 1991: never a demo resident's or another test's. */
    static String idNumber() {
        return TestData.idNumber();
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    long openRound(String user, String regionCode) throws Exception {
        return id(mvc.perform(post("/api/v1/screening-rounds").header("Authorization", tokens.bearer(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"测试轮次\",\"startDate\":\"" + today().minusDays(3) + "\",\"endDate\":\""
                                + today().plusDays(3) + "\",\"regionCode\":\"" + regionCode + "\"}"))
                .andExpect(status().isCreated()));
    }

    /** A household of the given size registered by a grid worker; answers its id and its residents' ids. */
    Household household(String user, String grid, int members) throws Exception {
        StringBuilder body = new StringBuilder("{\"gridCode\":\"" + grid + "\",\"address\":\"排查测试小区"
                + TestData.next() + "号\",\"members\":[");
        String[] names = {"刘德福", "张秀英", "刘晓东", "刘丽娜", "刘明辉"};
        for (int i = 0; i < members; i++) {
            body.append(i == 0 ? "" : ",").append("{\"name\":\"").append(names[i % names.length])
                    .append("\",\"idNumber\":\"").append(idNumber()).append("\",\"relation\":\"")
                    .append(i == 0 ? "户主" : "子女").append("\"}");
        }
        body.append("]}");
        long id = id(mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(user))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andExpect(status().isCreated()));
        String json = mvc.perform(get("/api/v1/households/" + id).header("Authorization", tokens.bearer(user)))
                .andReturn().getResponse().getContentAsString();
        List<Long> residents = new ArrayList<>();
        for (Object resident : JsonPath.<List<Object>>read(json, "$.members[*].id")) {
            residents.add(((Number) resident).longValue());
        }
        return new Household(id, residents);
    }

    record Household(long id, List<Long> residents) {
    }

    /** A finding as JSON: present with a temperature, or absent when the temperature is null. */
    static String finding(long residentId, String temperature) {
        return temperature == null
                ? "{\"residentId\":" + residentId + ",\"present\":false,\"absenceReason\":\"外出务工\"}"
                : "{\"residentId\":" + residentId + ",\"present\":true,\"temperature\":" + temperature + "}";
    }

    ResultActions visit(String user, long round, long household, String mode, String... findings) throws Exception {
        return visitWithKey(user, round, household, mode, null, findings);
    }

    ResultActions visitWithKey(String user, long round, long household, String mode, String key, String... findings)
            throws Exception {
        var request = post("/api/v1/screening-rounds/" + round + "/visits").header("Authorization", tokens.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdId\":" + household + ",\"mode\":\"" + mode + "\",\"findings\":["
                        + String.join(",", findings) + "]}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
