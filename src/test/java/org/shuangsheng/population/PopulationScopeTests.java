package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Households are the first records that carry a scope: each role sees, changes and exports its
 * own part of the district only; everything else answers 404 or is simply not in the list.
 */
@PlatformTest
class PopulationScopeTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    static final String GRID01 = "23050600100101";
    static final String GRID02 = "23050600200101";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditQueries audit;

    public static String idNumber() {
        // Another address code than the demo residents' (230506), so generated numbers never meet them.
        String first17 = "110105" + "19800101".substring(0, 4) + String.format("%02d%02d", 1 + SEQUENCE.get() % 12,
                1 + SEQUENCE.get() % 28) + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    long register(String user, String grid, String address, String idNumber) throws Exception {
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + grid + "\",\"address\":\"" + address + "\",\"members\":["
                                + "{\"name\":\"王建国\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"13845678901\","
                                + "\"relation\":\"户主\"}]}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aGridWorkerRegistersAtTheDoorAndSeesTheResidentMasked() throws Exception {
        String id = idNumber();
        long household = register("grid01", GRID01, "建设小区1栋1单元10" + SEQUENCE.get() + "室", id);
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].name", is("王建国")))
                .andExpect(jsonPath("$.members[0].idNumber", is(id.substring(0, 6) + "********" + id.substring(14))))
                .andExpect(jsonPath("$.members[0].phone", is("138****8901")))
                .andExpect(jsonPath("$.members[0].relation", is("HEAD")))
                .andExpect(content().string(not(containsString(id))));
        String stored = jdbc.queryForObject("select id_number from population_resident where household_id = ?",
                String.class, household);
        assertThat(stored).doesNotContain(id).doesNotMatch(".*\\d{17}[\\dXx].*");
    }

    @Test
    void aGridWorkerCannotReachAnotherGridsHouseholdInAnyWay() throws Exception {
        long household = register("grid01", GRID01, "建设小区2栋1单元10" + SEQUENCE.get() + "室", idNumber());
        String grid02 = tokens.bearer("grid02");
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", grid02))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households").param("gridCode", GRID01).header("Authorization", grid02))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/households/" + household).with(users.as("grid02")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/" + household + "/members").with(users.as("grid02")).with(csrf())
                        .param("name", "外人").param("idNumber", idNumber()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/" + household + "/move").with(users.as("grid02")).with(csrf())
                        .param("gridCode", GRID02))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households").with(users.as("grid02")))
                .andExpect(content().string(not(containsString("建设小区2栋"))));
        byte[] export = mvc.perform(get("/households/export").with(users.as("grid02")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isNotEqualTo(GRID01);
            }
        }
    }

    @Test
    void aGridWorkerCannotRegisterInAnotherGrid() throws Exception {
        mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid02"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"越界1号\",\"members\":[{\"name\":\"张三\","
                                + "\"idNumber\":\"" + idNumber() + "\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("gridCode")));
    }

    @Test
    void theSubdistrictAndTheCommanderSeeItButEnterpriseFarmerAndAdminCannotOpenHouseholds() throws Exception {
        long household = register("grid01", GRID01, "建设小区3栋1单元10" + SEQUENCE.get() + "室", idNumber());
        for (String user : new String[] {"hongqi", "commander"}) {
            mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isOk());
        }
        for (String user : new String[] {"ent01", "farmer01", "admin", "guard01"}) {
            mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/households/export").with(users.as(user)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer("cadre01")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badIdNumbersAreRefusedByFieldAndNothingIsSaved() throws Exception {
        String good = idNumber();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"坏号码1号\",\"members\":["
                                + "{\"name\":\"甲\",\"idNumber\":\"" + bad + "\"},"
                                + "{\"name\":\"\",\"idNumber\":\"" + good + "\",\"phone\":\"12345\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'members[0].idNumber')].message",
                        org.hamcrest.Matchers.hasItem(containsString("校验位"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'members[1].name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'members[1].phone')]").exists());
        assertThat(jdbc.queryForObject("select count(*) from population_household where address = '坏号码1号'",
                Long.class)).isZero();
    }

    @Test
    void anIdNumberIsRegisteredOnceAndFoundByExactSearch() throws Exception {
        String id = idNumber();
        register("grid01", GRID01, "建设小区4栋1单元10" + SEQUENCE.get() + "室", id);
        mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"重复1号\",\"members\":[{\"name\":\"乙\","
                                + "\"idNumber\":\"" + id.toLowerCase() + "\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", is("这个身份证号已经登记过。")));
        mvc.perform(post("/households/search").param("idNumber", id).with(users.as("grid01")).with(csrf()))
                .andExpect(content().string(allOf(containsString("建设小区4栋"), containsString("王建国"))));
        mvc.perform(post("/households/search").param("idNumber", id).with(users.as("grid02")).with(csrf()))
                .andExpect(content().string(not(containsString("建设小区4栋"))));
    }

    @Test
    void openingAHouseholdIsAuditedAndRevealingNeedsAReason() throws Exception {
        String id = idNumber();
        long household = register("grid01", GRID01, "建设小区5栋1单元10" + SEQUENCE.get() + "室", id);
        mvc.perform(get("/households/" + household).with(users.as("grid01"))).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 50)).getContent())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.READ_PERSON);
                    assertThat(e.objectId()).isEqualTo(Long.toString(household));
                    assertThat(e.username()).isEqualTo("grid01");
                });
        long resident = jdbc.queryForObject("select id from population_resident where household_id = ?", Long.class,
                household);
        mvc.perform(post("/households/" + household + "/residents/" + resident + "/reveal").with(users.as("grid01"))
                        .with(csrf()).param("field", "idNumber").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(id)), containsString("须填写理由"))));
        mvc.perform(post("/households/" + household + "/residents/" + resident + "/reveal").with(users.as("grid01"))
                        .with(csrf()).param("field", "idNumber").param("reason", "核对返乡人员身份"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 50)).getContent())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.REVEAL);
                    assertThat(e.objectId()).isEqualTo(Long.toString(resident));
                    assertThat(e.detail()).contains("核对返乡人员身份").doesNotContain(id);
                });
    }

    @Test
    void aBadFormAtTheDoorComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(post("/households").with(users.as("grid01")).with(csrf()).param("gridCode", GRID01)
                        .param("address", "门口填写1号").param("name", "赵六").param("idNumber", "230506198001011234")
                        .param("phone", "1380000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"赵六\""), containsString("value=\"门口填写1号\""),
                        containsString("校验位"), containsString("电话号码格式不正确"))));
    }

    @Test
    void movingAHouseholdTakesItsResidentsAlongAndKeepsTheHistory() throws Exception {
        long household = register("hongqi", GRID01, "搬迁户6栋10" + SEQUENCE.get() + "室", idNumber());
        mvc.perform(post("/households/" + household + "/move").with(users.as("hongqi")).with(csrf())
                        .param("gridCode", "23050600100102"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from population_household_move where household_id = ?",
                Long.class, household)).isEqualTo(1);
        assertThat(jdbc.queryForList("select region_path from population_resident where household_id = ?",
                String.class, household)).containsOnly("230506/001/001/02");
    }
}
