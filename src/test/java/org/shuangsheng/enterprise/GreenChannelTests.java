package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.enterprise.internal.ServiceRequest;
import org.shuangsheng.enterprise.internal.ServiceRequestRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Enterprises ask for help through the green channel; the routed department answers; the enterprise confirms. */
@PlatformTest
class GreenChannelTests {

    /** ent01 answers for the demo enterprise with id 1. */
    static final long ENT01 = 1;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    ServiceRequestRepository requests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<IndicatorContribution> contributions;

    private long submit(String category, String description) throws Exception {
        String body = mvc.perform(post("/api/v1/enterprises/" + ENT01 + "/requests")
                        .header("Authorization", tokens.bearer("ent01")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"" + category + "\",\"description\":\"" + description
                                + "\",\"urgency\":\"URGENT\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A request of another enterprise, as its own liaison would have submitted it. */
    private long requestOf(long enterpriseId, ServiceCategory category, Instant submittedAt) {
        String path = jdbc.queryForObject("select region_path from enterprise where id = ?", String.class,
                enterpriseId);
        return requests.save(new ServiceRequest(enterpriseId, path, category, "外企需要口罩", ServiceUrgency.NORMAL,
                submittedAt, "other", submittedAt.plus(Duration.ofHours(24)))).getId();
    }

    @Test
    void aRequestIsRoutedToItsDepartmentAndMovesThroughItsStatusesInOrder() throws Exception {
        long id = submit("PREVENTION_SUPPLIES", "急需口罩两千只、测温枪十把");
        String ent01 = tokens.bearer("ent01");
        String weijian = tokens.bearer("weijian");
        mvc.perform(get("/api/v1/service-requests?status=SUBMITTED").header("Authorization", weijian))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].department", hasItem("HEALTH")));
        mvc.perform(post("/api/v1/service-requests/" + id + "/confirm").header("Authorization", ent01))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", is("诉求解决后才能确认。")));
        mvc.perform(post("/api/v1/service-requests/" + id + "/confirm").header("Authorization", ent01)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message",
                        is("A request can be confirmed only after it is resolved.")));
        mvc.perform(post("/api/v1/service-requests/" + id + "/resolve").header("Authorization", weijian))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/service-requests/" + id + "/accept").header("Authorization", weijian))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("ACCEPTED")));
        mvc.perform(post("/enterprises/requests/" + id + "/comments").with(users.as("weijian")).with(csrf())
                        .param("text", "明早送达红旗街道"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/enterprises/requests/" + id + "/resolve").with(users.as("weijian")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/enterprises/requests/" + id).with(users.as("ent01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("明早送达红旗街道")))
                .andExpect(content().string(containsString("确认已解决")))
                .andExpect(content().string(not(containsString("id=\"step-ACCEPTED\""))));
        mvc.perform(post("/api/v1/service-requests/" + id + "/confirm").header("Authorization", ent01))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("CONFIRMED")));
        assertThat(jdbc.queryForList("select detail from audit_event where object_type = 'enterprise-request'"
                + " and object_id = ? order by id", String.class, Long.toString(id)))
                .containsExactly("PREVENTION_SUPPLIES URGENT -> HEALTH", "SUBMITTED -> ACCEPTED",
                        "ACCEPTED -> RESOLVED", "RESOLVED -> CONFIRMED");
    }

    @Test
    void eachSeesOnlyTheRequestsWithinItsReach() throws Exception {
        long labour = submit("LABOUR", "缺少熟练工二十人");
        long other = EnterpriseFixtures.register(mvc, tokens, "commander", "跃进绿色通道有限公司",
                EnterpriseFixtures.YUEJIN);
        long othersRequest = requestOf(other, ServiceCategory.PREVENTION_SUPPLIES, Instant.now());
        String ent01 = tokens.bearer("ent01");
        mvc.perform(get("/enterprises/requests/" + othersRequest).with(users.as("ent01")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/service-requests/" + othersRequest + "/confirm").header("Authorization", ent01))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises/" + other + "/requests").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"OTHER\",\"description\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/service-requests").header("Authorization", ent01))
                .andExpect(jsonPath("$[*].enterpriseId", not(hasItem((int) other))));
        // Health is not routed labour requests: it neither lists nor reaches them.
        String weijian = tokens.bearer("weijian");
        mvc.perform(get("/api/v1/service-requests?category=LABOUR").header("Authorization", weijian))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()", is(0)));
        mvc.perform(get("/enterprises/requests/" + labour).with(users.as("weijian")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/service-requests/" + labour + "/accept").header("Authorization", weijian))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/requests/" + labour + "/comments").with(users.as("weijian")).with(csrf())
                        .param("text", "不归我们")).andExpect(status().isNotFound());
        // The officer of 红旗 sees its subtree, not 跃进's; the commander sees both.
        mvc.perform(get("/enterprises/requests/" + labour).with(users.as("hongqi"))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/requests/" + othersRequest).with(users.as("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/requests/" + othersRequest).with(users.as("commander")))
                .andExpect(status().isOk());
        for (String user : List.of("grid01", "farmer01", "cadre01")) {
            mvc.perform(get("/enterprises/requests").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/service-requests").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theNewRequestFormKeepsWhatWasTypedOnError() throws Exception {
        mvc.perform(post("/enterprises/requests").with(users.as("ent01")).with(csrf())
                        .param("urgency", "URGENT").param("description", "需要通勤班车三辆"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("需要通勤班车三辆")))
                .andExpect(content().string(containsString("请选择诉求类别。")));
        mvc.perform(post("/enterprises/requests").with(users.as("ent01")).with(csrf())
                        .param("category", "TRANSPORT").param("urgency", "URGENT")
                        .param("description", "需要通勤班车三辆"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anOpenRequestPastItsDeadlineIsOverdueInTheListAndOnTheDashboard() throws Exception {
        long other = EnterpriseFixtures.register(mvc, tokens, "commander", "逾期诉求有限公司", EnterpriseFixtures.HONGQI);
        long late = requestOf(other, ServiceCategory.FUNDING, Instant.now().minus(Duration.ofHours(30)));
        long onTime = requestOf(other, ServiceCategory.FUNDING, Instant.now());
        String commander = tokens.bearer("commander");
        mvc.perform(get("/api/v1/service-requests?overdue=true").header("Authorization", commander))
                .andExpect(jsonPath("$[*].id", hasItem((int) late)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) onTime))));
        mvc.perform(get("/enterprises/requests?overdue=true").with(users.as("commander")))
                .andExpect(content().string(containsString("逾期诉求有限公司")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Indicator> indicators = contributions.stream()
                .flatMap(c -> c.indicators(new IndicatorQuery(today, "230506", "230506")).stream()).toList();
        Indicator open = indicators.stream().filter(i -> i.key().equals("enterprise.requestsOpen")).findFirst()
                .orElseThrow();
        Indicator overdue = indicators.stream().filter(i -> i.key().equals("enterprise.requestsOverdue"))
                .findFirst().orElseThrow();
        assertThat(overdue.value()).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(open.value()).isGreaterThan(overdue.value());
    }

    @Test
    void overdueMeansOpenAndPastTheDeadlineAtTheClocksInstant() {
        Instant submitted = Instant.parse("2020-03-17T01:00:00Z");
        Instant deadline = submitted.plus(Duration.ofHours(24));
        Clock before = Clock.fixed(Instant.parse("2020-03-18T00:59:59Z"), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2020-03-18T01:00:01Z"), ZoneOffset.UTC);
        assertThat(ServiceRequestStatus.SUBMITTED.isOverdue(deadline, before.instant())).isFalse();
        assertThat(ServiceRequestStatus.SUBMITTED.isOverdue(deadline, after.instant())).isTrue();
        assertThat(ServiceRequestStatus.ACCEPTED.isOverdue(deadline, after.instant())).isTrue();
        assertThat(ServiceRequestStatus.RESOLVED.isOverdue(deadline, after.instant())).isFalse();
        assertThat(ServiceRequestStatus.CONFIRMED.isOverdue(deadline, after.instant())).isFalse();
    }
}
