package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The grid worker who registered a household and calls at its door reads its head by name in the
 * list of its own grid; that read is audited. Names are not ID numbers (DESIGN.md masks ID
 * numbers and phones), but other roles' lists keep the masked name, and the API keeps it too.
 */
@PlatformTest
class HeadNameAtTheDoorTests {

    static final String GRID01 = PopulationScopeTests.GRID01;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    AuditQueries audit;

    long register(String address) throws Exception {
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"" + address + "\",\"members\":["
                                + "{\"name\":\"郭振华\",\"idNumber\":\"" + PopulationScopeTests.idNumber()
                                + "\",\"relation\":\"户主\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theWorkerOfTheHouseholdsGridSeesTheHeadsFullNameAndTheReadIsAudited() throws Exception {
        String address = "门前路" + TestData.next() + "号";
        long household = register(address);

        mvc.perform(get("/households").param("q", address).with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>郭振华</td>")));
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 50)).getContent())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.READ_PERSON);
                    assertThat(e.username()).isEqualTo("grid01");
                    assertThat(e.objectId()).isEqualTo(Long.toString(household));
                    assertThat(e.detail()).startsWith("heads' names of 1 households");
                });
        mvc.perform(get("/api/v1/households").param("gridCode", GRID01).param("size", "1000")
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(jsonPath("$[?(@.id == " + household + ")].head").value("郭**"));
    }

    @Test
    void anotherGridsWorkerStillGets404AndAnOfficerSeesTheNameMasked() throws Exception {
        String address = "门前路" + TestData.next() + "号";
        long household = register(address);

        mvc.perform(get("/households/" + household).with(users.as("grid02")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households").param("q", address).with(users.as("grid02")))
                .andExpect(content().string(not(containsString("href=\"/households/" + household + "\""))));
        mvc.perform(get("/households").param("q", address).with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>郭**</td>")))
                .andExpect(content().string(not(containsString("郭振华"))));
    }
}
