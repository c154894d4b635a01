package org.shuangsheng.enterprise;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.TestData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Returning workers added through the API, with valid ID numbers no other test or the demo uses. */
final class ReturningWorkerFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ReturningWorkerFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A valid number with an address code (110105, Beijing) the demo never uses. */
    static String idNumber() {
        return TestData.idNumber();
    }

    /** The JSON of a worker; {@code returnDate} null while away, then the expected date is tomorrow. */
    static String json(String name, String idNumber, String origin, LocalDate returnDate, boolean contact,
            String temperature, String symptoms) {
        return "{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13712345678\","
                + "\"origin\":\"" + origin + "\",\"expectedReturnDate\":\"" + (returnDate == null
                        ? today().plusDays(1) : returnDate) + "\","
                + (returnDate == null ? "" : "\"returnDate\":\"" + returnDate + "\",\"transport\":\"K7034\",")
                + "\"contactWithCase\":" + contact
                + (temperature == null ? "" : ",\"temperature\":" + temperature)
                + (symptoms == null ? "" : ",\"symptoms\":\"" + symptoms + "\"") + "}";
    }

    /** Adds a worker as {@code user}; the answer's JSON ({@code id, keyArea, quarantineUntil}). */
    static String add(MockMvc mvc, ApiTokensForTests tokens, String user, long enterpriseId, String json)
            throws Exception {
        return mvc.perform(post("/api/v1/enterprises/" + enterpriseId + "/returning-workers")
                        .header("Authorization", tokens.bearer(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    static long id(String answer) {
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    /** A worker back on {@code returnDate}, with a case contact when {@code quarantined}. */
    static long worker(MockMvc mvc, ApiTokensForTests tokens, String user, long enterpriseId, String name,
            LocalDate returnDate, boolean quarantined) throws Exception {
        return id(add(mvc, tokens, user, enterpriseId, json(name, idNumber(), "黑龙江省佳木斯市", returnDate,
                quarantined, returnDate == null ? null : "36.5", null)));
    }
}
