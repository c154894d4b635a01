package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SECURITY 11 for what a visit finds and for an enterprise's liaison: recording a visit with a
 * fever and a journey (which also proposes a quarantine and raises an alert), refusing a bad one,
 * reading it back, and registering an enterprise log no phone, symptom, journey or place
 * (ID numbers: {@code ResidentDataStaysOutOfLogsTests}).
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class HealthDataStaysOutOfLogsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Test
    void findingsAndLiaisonPhonesNeverReachTheOutput(CapturedOutput output) throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(mvc, tokens);
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        String place = "武汉市江汉区日志检查路";
        String symptom = "日志检查干咳";
        String finding = "{\"residentId\":" + home.residents().get(0) + ",\"present\":true,\"temperature\":38.6,"
                + "\"symptoms\":\"" + symptom + "\",\"travelledFrom\":\"" + place + "\",\"arrivedOn\":\""
                + ScreeningFixtures.today().minusDays(2) + "\",\"transport\":\"G1234次\",\"contactWithCase\":true}";
        fixtures.visit("grid01", round, home.id(), "IN_PERSON", finding).andExpect(status().isCreated());
        fixtures.visit("grid01", round, home.id(), "IN_PERSON", finding.replace("38.6", "48.6"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/households/" + home.id() + "/visits")
                .header("Authorization", tokens.bearer("grid01"))).andExpect(status().isOk());

        String liaisonPhone = "13955554444";
        mvc.perform(post("/api/v1/enterprises").header("Authorization", tokens.bearer("hongqi"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"日志检查有限公司\",\"uscc\":\"bad\",\"industry\":\"C\",\"subdistrictCode\":\"230506001\","
                        + "\"address\":\"建设路1号\",\"liaisonName\":\"李联络\",\"liaisonPhone\":\"" + liaisonPhone + "\"}"))
                .andExpect(status().is4xxClientError());

        org.slf4j.LoggerFactory.getLogger(getClass()).warn("capture-check");
        assertThat(output.getAll()).as("the capture sees log lines").contains("capture-check");
        assertThat(output.getAll()).doesNotContain(place, symptom, "G1234", liaisonPhone);
    }
}
