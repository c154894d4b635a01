package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** SECURITY 11 for residents: registering, refusing, opening, searching and revealing log no ID or phone. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class ResidentDataStaysOutOfLogsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seededIdNumbersAndPhonesNeverReachTheOutput(CapturedOutput output) throws Exception {
        String id = PopulationScopeTests.idNumber();
        String phone = "13912345678";
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"23050600100101\",\"address\":\"日志检查1号\",\"members\":[{\"name\":\"刘日志\","
                                + "\"idNumber\":\"" + id + "\",\"phone\":\"" + phone + "\",\"relation\":\"户主\"}]}"))
                .andReturn().getResponse().getContentAsString();
        long household = ((Number) JsonPath.read(body, "$.id")).longValue();
        // The same person again is refused, a path where values are easily logged.
        mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"gridCode\":\"23050600100101\",\"address\":\"日志检查2号\",\"members\":[{\"name\":\"刘日志\","
                        + "\"idNumber\":\"" + id + "\",\"phone\":\"" + phone + "\"}]}"));
        mvc.perform(get("/households/" + household).with(users.as("grid01")));
        mvc.perform(post("/households/search").param("idNumber", id).with(users.as("grid01")).with(csrf()));
        long resident = jdbc.queryForObject("select id from population_resident where household_id = ?", Long.class,
                household);
        mvc.perform(post("/households/" + household + "/residents/" + resident + "/reveal").with(users.as("grid01"))
                .with(csrf()).param("field", "phone").param("reason", "联系返乡人员"));

        org.slf4j.LoggerFactory.getLogger(getClass()).warn("capture-check");
        assertThat(output.getAll()).as("the capture sees log lines").contains("capture-check");
        assertThat(output.getAll()).doesNotContain(id, id.substring(0, 17), phone);
    }

    @Test
    void aWrongTypePageParameterIsLoggedByItsNameNeverItsValue(CapturedOutput output) throws Exception {
        String id = PopulationScopeTests.idNumber();
        String phone = "13912345679";
        mvc.perform(get("/households/" + id).with(users.as("grid01")));
        mvc.perform(get("/quarantines").param("list", phone).with(users.as("weijian")));

        org.slf4j.LoggerFactory.getLogger(getClass()).warn("capture-check");
        assertThat(output.getAll()).as("the capture sees log lines").contains("capture-check");
        assertThat(output.getAll()).doesNotContain(id, id.substring(0, 17), phone);
    }
}
