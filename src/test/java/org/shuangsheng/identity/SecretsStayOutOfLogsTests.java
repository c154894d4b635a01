package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** SECURITY 11: passwords and tokens never reach a log line or the console, and CR/LF cannot forge one. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void signInsAndTokensLeaveNoSecretInTheOutput(CapturedOutput output) throws Exception {
        mvc.perform(formLogin("/login").user("commander").password("Wrong-Guess-4711!"));
        mvc.perform(formLogin("/login").user("evil\r\n2026-01-01 INFO forged line").password("Another-Guess-0815"));
        mvc.perform(formLogin("/login").user("hongqi").password("Shuangsheng@2020"));
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"grid02\",\"password\":\"Shuangsheng@2020\"}"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token));
        mvc.perform(get("/api/v1/regions/230506").header("Authorization", "Bearer " + token + "x"));

        org.slf4j.LoggerFactory.getLogger(getClass()).warn("capture-check");
        assertThat(output.getAll()).as("the capture sees log lines").contains("capture-check");
        assertThat(output.getAll()).doesNotContain("Wrong-Guess-4711!", "Another-Guess-0815", "Shuangsheng@2020",
                token);
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-01-01 INFO forged line"));
    }
}
