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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.enterprise.greenchannel.ServiceCategory;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestAccepted;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestResolved;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestSubmitted;
import org.shuangsheng.enterprise.greenchannel.ServiceUrgency;
import org.shuangsheng.enterprise.internal.ServiceRequest;
import org.shuangsheng.enterprise.internal.ServiceRequestRepository;
import org.shuangsheng.enterprise.registration.FilingReturned;
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
                .andExpect(content().string(not(containsString("id=\"step-ACCEPTED\""))))
                .andExpect(content().string(containsString("id=\"request-accepted-at\"")))
                .andExpect(content().string(containsString("id=\"request-resolved-at\"")))
                .andExpect(content().string(not(containsString("id=\"request-confirmed-at\""))));
        mvc.perform(post("/api/v1/service-requests/" + id + "/confirm").header("Authorization", ent01))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("CONFIRMED")));
        assertThat(jdbc.queryForList("select detail from audit_event where object_type = 'enterprise-request'"
                + " and object_id = ? order by id", String.class, Long.toString(id)))
                .containsExactly("PREVENTION_SUPPLIES URGENT -> HEALTH", "SUBMITTED -> ACCEPTED",
                        "ACCEPTED -> RESOLVED", "RESOLVED -> CONFIRMED");
    }

    @Test
    void anUrgentRequestIsDueInFourHoursANormalOneInADay() throws Exception {
        long urgent = submit("PREVENTION_SUPPLIES", "今晚急需口罩五百只");
        String body = mvc.perform(post("/api/v1/enterprises/" + ENT01 + "/requests")
                        .header("Authorization", tokens.bearer("ent01")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"PREVENTION_SUPPLIES\",\"description\":\"下周需要测温枪\","
                                + "\"urgency\":\"NORMAL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long normal = ((Number) JsonPath.read(body, "$.id")).longValue();
        ServiceRequest u = requests.findById(urgent).orElseThrow();
        ServiceRequest n = requests.findById(normal).orElseThrow();
        assertThat(Duration.between(u.getSubmittedAt(), u.getDeadline())).isEqualTo(Duration.ofHours(4));
        assertThat(Duration.between(n.getSubmittedAt(), n.getDeadline())).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void eachStepIsAuditedUnderTheNameOfWhoeverTookIt() throws Exception {
        long id = submit("PREVENTION_SUPPLIES", "缺少测温枪十把");
        mvc.perform(post("/api/v1/service-requests/" + id + "/accept")
                        .header("Authorization", tokens.bearer("weijian")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("select username || ' ' || detail from audit_event"
                + " where object_type = 'enterprise-request' and object_id = ? order by id", String.class,
                Long.toString(id)))
                .containsExactly("ent01 PREVENTION_SUPPLIES URGENT -> HEALTH", "weijian SUBMITTED -> ACCEPTED");
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
    void theTaskForceSubmitsForAnEnterpriseOfItsReachAndTheEnterpriseSeesItAsItsOwn() throws Exception {
        mvc.perform(get("/enterprises/" + ENT01).with(users.as("hongqi")))
                .andExpect(content().string(containsString("id=\"request-for-link\"")));
        mvc.perform(get("/enterprises/" + ENT01).with(users.as("weijian")))
                .andExpect(content().string(not(containsString("id=\"request-for-link\""))));
        mvc.perform(get("/enterprises/" + ENT01 + "/requests/new").with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("代宝山区红旗食品有限公司提出诉求")));
        mvc.perform(post("/enterprises/" + ENT01 + "/requests").with(users.as("hongqi")).with(csrf())
                        .param("urgency", "URGENT").param("description", "代企业申请测温枪十把"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("代企业申请测温枪十把")))
                .andExpect(content().string(containsString("请选择诉求类别。")));
        String location = mvc.perform(post("/enterprises/" + ENT01 + "/requests").with(users.as("hongqi"))
                        .with(csrf()).param("category", "PREVENTION_SUPPLIES").param("urgency", "URGENT")
                        .param("description", "代企业申请测温枪十把"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long byHongqi = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/service-requests").header("Authorization", tokens.bearer("ent01")))
                .andExpect(jsonPath("$[?(@.id == " + byHongqi + ")].submittedBy", hasItem("hongqi")))
                .andExpect(jsonPath("$[?(@.id == " + byHongqi + ")].enterpriseId", hasItem((int) ENT01)));
        String created = mvc.perform(post("/api/v1/enterprises/" + ENT01 + "/requests")
                        .header("Authorization", tokens.bearer("commander")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"FUNDING\",\"description\":\"指挥部代报贷款贴息\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long byCommander = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/enterprises/requests/" + byCommander).with(users.as("ent01")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("指挥部代报贷款贴息")))
                .andExpect(content().string(containsString("commander")));
        // 红旗 reaches no enterprise of 跃进; a department submits for nobody.
        long yuejin = EnterpriseFixtures.register(mvc, tokens, "commander", "跃进代报有限公司", EnterpriseFixtures.YUEJIN);
        mvc.perform(post("/api/v1/enterprises/" + yuejin + "/requests").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"OTHER\",\"description\":\"越界代报\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + yuejin + "/requests/new").with(users.as("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises/" + ENT01 + "/requests").header("Authorization", tokens.bearer("weijian"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"OTHER\",\"description\":\"部门代报\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSubdistrictAcceptsAndResolvesRequestsOfItsSubtreeOnly() throws Exception {
        long utilities = submit("UTILITIES", "厂区停暖，需要街道协调热力公司");
        long yuejin = EnterpriseFixtures.register(mvc, tokens, "commander", "跃进停电有限公司", EnterpriseFixtures.YUEJIN);
        long outside = requestOf(yuejin, ServiceCategory.UTILITIES, Instant.now());
        String hongqi = tokens.bearer("hongqi");
        mvc.perform(get("/enterprises/requests/" + utilities).with(users.as("hongqi")))
                .andExpect(content().string(containsString("id=\"step-ACCEPTED\"")));
        mvc.perform(get("/enterprises/requests/" + utilities).with(users.as("ent01")))
                .andExpect(content().string(not(containsString("id=\"step-ACCEPTED\""))));
        mvc.perform(post("/api/v1/service-requests/" + utilities + "/accept")
                        .header("Authorization", tokens.bearer("ent01")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/service-requests/" + outside + "/accept").header("Authorization", hongqi))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/requests/" + outside + "/accept").with(users.as("hongqi")).with(csrf()))
                .andExpect(status().isNotFound());
        // Health is not the department utilities are routed to: it cannot act on the request.
        mvc.perform(post("/api/v1/service-requests/" + utilities + "/accept")
                        .header("Authorization", tokens.bearer("weijian")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/service-requests/" + utilities + "/accept").header("Authorization", hongqi))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("ACCEPTED")));
        mvc.perform(get("/enterprises/requests/" + utilities).with(users.as("hongqi")))
                .andExpect(content().string(containsString("id=\"step-RESOLVED\"")));
        mvc.perform(post("/enterprises/requests/" + utilities + "/resolve").with(users.as("hongqi")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/service-requests?status=RESOLVED")
                        .header("Authorization", tokens.bearer("ent01")))
                .andExpect(jsonPath("$[*].id", hasItem((int) utilities)));
        assertThat(requests.findById(outside).orElseThrow().getStatus()).isEqualTo(ServiceRequestStatus.SUBMITTED);
    }

    @Test
    void theExportHoldsTheFilteredRequestsOfTheCallersReachWithPhonesMasked() throws Exception {
        long mine = submit("TRANSPORT", "班车通行证，联系司机13912345678");
        long yuejin = EnterpriseFixtures.register(mvc, tokens, "commander", "跃进导出有限公司", EnterpriseFixtures.YUEJIN);
        long others = requestOf(yuejin, ServiceCategory.TRANSPORT, Instant.now());
        List<List<String>> commander = exported("commander", "category=TRANSPORT&status=SUBMITTED");
        assertThat(commander.get(0)).startsWith("编号", "企业", "诉求类别");
        List<List<String>> rows = commander.subList(1, commander.size());
        assertThat(rows).extracting(r -> r.get(0)).contains(Long.toString(mine), Long.toString(others));
        assertThat(rows).extracting(r -> r.get(2)).containsOnly("交通运输");
        assertThat(rows).extracting(r -> r.get(5)).containsOnly("已提交");
        List<String> mineRow = rows.stream().filter(r -> r.get(0).equals(Long.toString(mine))).findFirst()
                .orElseThrow();
        assertThat(mineRow.get(13)).isEqualTo("班车通行证，联系司机139****5678");
        assertThat(commander).allSatisfy(r -> assertThat(String.join(" ", r)).doesNotContainPattern("1\\d{10}"));
        List<List<String>> ent01 = exported("ent01", "");
        assertThat(ent01.subList(1, ent01.size())).extracting(r -> r.get(0)).contains(Long.toString(mine))
                .doesNotContain(Long.toString(others));
        assertThat(exported("hongqi", "category=TRANSPORT")).extracting(r -> r.get(0))
                .doesNotContain(Long.toString(others));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'enterprise-request'"
                + " and action = 'EXPORT' and detail like '% TRANSPORT'", Integer.class)).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/enterprises/requests/export").with(users.as("grid01"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/service-requests").param("size", "1001")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest());
    }

    private List<List<String>> exported(String user, String query) throws Exception {
        byte[] xlsx = mvc.perform(get("/enterprises/requests/export?" + query).with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new java.util.ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < 14; c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theLiaisonHearsOfEachStepAndTheRoutedDepartmentOfEachNewRequest() throws Exception {
        long id = submit("PREVENTION_SUPPLIES", "需要消毒液三十箱");
        awaitHandled(ServiceRequestSubmitted.class, "\"requestId\":" + id + ",");
        String weijian = tokens.bearer("weijian");
        assertThat(messages(id, "weijian")).singleElement().satisfies(m -> {
            assertThat(m.get("subject").toString()).contains("紧急", "防疫物资", "宝山区红旗食品有限公司");
            assertThat(m.get("body").toString()).contains("/enterprises/requests/" + id);
        });
        mvc.perform(post("/api/v1/service-requests/" + id + "/accept").header("Authorization", weijian))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/service-requests/" + id + "/resolve").header("Authorization", weijian))
                .andExpect(status().isOk());
        awaitHandled(ServiceRequestAccepted.class, "\"requestId\":" + id + ",");
        awaitHandled(ServiceRequestResolved.class, "\"requestId\":" + id + ",");
        List<java.util.Map<String, Object>> toEnt01 = messages(id, "ent01");
        assertThat(toEnt01).extracting(m -> m.get("subject").toString()).containsExactly(
                "宝山区红旗食品有限公司：绿色通道诉求已受理", "宝山区红旗食品有限公司：绿色通道诉求已解决，请确认");
        assertThat(toEnt01.get(0).get("body").toString()).contains("防疫物资", "卫健");
        assertThat(toEnt01.get(1).get("body").toString()).contains("确认已解决");
        // Labour requests go to the employment bureau: health hears nothing of them.
        long labour = submit("LABOUR", "缺装卸工十人");
        awaitHandled(ServiceRequestSubmitted.class, "\"requestId\":" + labour + ",");
        assertThat(messages(labour, "weijian")).isEmpty();
    }

    @Test
    void aReturnedFilingTellsTheLiaisonWhyWithNoFullPhoneNumber() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "退回通知有限公司", EnterpriseFixtures.HONGQI);
        String username = "returned" + id;
        mvc.perform(post("/enterprises/" + id + "/liaison-account").with(users.as("hongqi")).with(csrf())
                        .param("username", username))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        mvc.perform(post("/enterprises/" + id + "/filing/return").with(users.as("hongqi")).with(csrf())
                        .param("reason", "隔离室不达标，请与13812345678联系"))
                .andExpect(status().is3xxRedirection());
        awaitHandled(FilingReturned.class, "\"enterpriseId\":" + id + ",");
        List<java.util.Map<String, Object>> sent = jdbc.queryForList(
                "select subject, body from notification_message where recipient_username = ?", username);
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.get("subject").toString()).contains("退回通知有限公司", "退回");
            assertThat(m.get("body").toString()).contains("退回通知有限公司", "隔离室不达标", "138****5678", "修改")
                    .doesNotContainPattern("1\\d{10}");
        });
    }

    /** Listeners run after the commit on another thread: waits until this event's publication is completed. */
    private void awaitHandled(Class<?> event, String fragment) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer open = jdbc.queryForObject("select count(*) from event_publication where event_type = ?"
                    + " and serialized_event like ? and completion_date is null", Integer.class, event.getName(),
                    "%" + fragment + "%");
            Integer all = jdbc.queryForObject("select count(*) from event_publication where event_type = ?"
                    + " and serialized_event like ?", Integer.class, event.getName(), "%" + fragment + "%");
            if (all > 0 && open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(event.getSimpleName() + " " + fragment + " was not handled within 10 s");
    }

    private List<java.util.Map<String, Object>> messages(long requestId, String username) {
        return jdbc.queryForList("select subject, body from notification_message where recipient_username = ?"
                + " and dedup_key like ? order by id", username, "enterprise-request/" + requestId + "/%");
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
