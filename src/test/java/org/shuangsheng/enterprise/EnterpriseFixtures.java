package org.shuangsheng.enterprise;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.TestData;
import org.shuangsheng.enterprise.registration.EnterpriseImport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Enterprises registered through the API for tests, with valid made-up credit codes never used by the demo. */
final class EnterpriseFixtures {

    static final String HONGQI = "230506001";
    static final String YUEJIN = "230506002";
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Tomorrow in the district: a planned date every run accepts. */
    static final String PLANNED = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

    private EnterpriseFixtures() {
    }

    /**
     * A fresh valid code; "91110105" (another district than the demo's 230506) keeps it apart from
     * demo codes, and the letter T in its serial keeps it from ever looking like an ID number.
     */
    static String uscc() {
        int n = TestData.next();
        StringBuilder serial = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            serial.insert(0, CHARACTERS.charAt(n % CHARACTERS.length()));
            n /= CHARACTERS.length();
        }
        return EnterpriseImport.madeUpUscc("91110105T" + serial);
    }

    static String json(String name, String uscc, String subdistrict) {
        return "{\"name\":\"" + name + "\",\"uscc\":\"" + uscc + "\",\"industry\":\"C\",\"subdistrictCode\":\""
                + subdistrict + "\",\"address\":\"建设路1号\",\"liaisonName\":\"李联络\","
                + "\"liaisonPhone\":\"13945678901\",\"majorProject\":false}";
    }

    static long register(MockMvc mvc, ApiTokensForTests tokens, String user, String name, String subdistrict)
            throws Exception {
        String body = mvc.perform(post("/api/v1/enterprises").header("Authorization", tokens.bearer(user))
                        .contentType(MediaType.APPLICATION_JSON).content(json(name, uscc(), subdistrict)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String filing(boolean accepted) {
        return "{\"preventionLead\":\"王防疫\",\"preventionLeadPhone\":\"13812345678\","
                + "\"emergencyPlan\":\"成立防控小组，发热员工立即隔离\",\"staffScreening\":\"逐人登记近14天行程\","
                + "\"suppliesDays\":5,\"isolationRoom\":true,\"disinfection\":\"每日消杀两次\","
                + "\"plannedResumptionDate\":\"" + PLANNED + "\","
                + "\"commitment\":{\"accepted\":" + accepted + ",\"signatory\":\"张总\"}}";
    }
}
