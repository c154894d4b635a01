package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableFormatException;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A roster (台账) comes in whole or not at all, with every bad row named by row, column and reason. */
@PlatformTest
class RosterImportTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String GRID01 = PopulationScopeTests.GRID01;
    static final String GRID01_B = "23050600100102";

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

    @Autowired
    RosterImport rosterImport;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    RosterImport.Result importAs(String username, byte[] file, String fileName) {
        var user = accounts.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user,
                        null, user.getAuthorities()));
        try {
            return rosterImport.importRoster(new ByteArrayInputStream(file), fileName);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** Valid made-up numbers with address code 110105 and birth year 1990, never a demo resident's. */
    static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "110105" + java.time.LocalDate.of(1990, 1, 1).plusDays(n / 400).toString().replace("-", "")
                + String.format("%03d", 1 + n % 400);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String unique(String address) {
        return address + SEQUENCE.incrementAndGet() + "号";
    }

    static List<String> row(String grid, String address, String name, String id, String phone, String relation) {
        return List.of(grid, address, name, id, phone, relation);
    }

    static byte[] file(TableFormat format, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.template(format, out, "台账", RosterImport.COLUMNS, rows);
        return out.toByteArray();
    }

    static MockMultipartFile upload(TableFormat format, List<List<String>> rows) {
        return new MockMultipartFile("file", "台账." + format.extension(), format.contentType(), file(format, rows));
    }

    long households(String address) {
        return jdbc.queryForObject("select count(*) from population_household where address = ?", Long.class, address);
    }

    List<String> relations(String address) {
        return jdbc.queryForList("select r.relation from population_resident r join population_household h"
                + " on h.id = r.household_id where h.address = ? order by r.id", String.class, address);
    }

    @Test
    void aGoodRosterImportsHouseholdsWithHeadsAndMembersFromXlsxAndCsv() throws Exception {
        for (TableFormat format : TableFormat.values()) {
            String first = unique("建设小区导入1栋");
            String second = unique("建设小区导入2栋");
            String head = idNumber();
            List<List<String>> rows = List.of(
                    row(GRID01, first, "王大", head, "13845678901", "户主"),
                    row(GRID01, first, "李二", idNumber(), "", "配偶"),
                    row(GRID01, first, "王三", idNumber(), "0469-4221234", "子女"),
                    row(GRID01_B, second, "赵四", idNumber(), "", "户主"));
            mvc.perform(multipart("/households/import").file(upload(format, rows)).with(users.as("hongqi"))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("2 户，4 人")));
            assertThat(households(first)).isEqualTo(1);
            assertThat(relations(first)).containsExactly("HEAD", "SPOUSE", "CHILD");
            assertThat(relations(second)).containsExactly("HEAD");
            var stored = jdbc.queryForMap("select r.id_number, r.sex, r.birth_date, r.region_path, h.grid_code, h.demo"
                    + " from population_resident r join population_household h on h.id = r.household_id"
                    + " where r.name = '王大' and h.address = ?", first);
            assertThat(stored.get("id_number").toString()).doesNotContain(head);
            assertThat(stored.get("sex")).isEqualTo(ResidentIdNumber.parse(head).sex().name());
            assertThat(stored.get("region_path")).isEqualTo("230506/001/001/01");
            assertThat(stored.get("demo")).isEqualTo(false);
        }
        // The imported household opens like any other, its members masked.
        long id = jdbc.queryForObject("select max(id) from population_household where grid_code = ?", Long.class,
                GRID01);
        mvc.perform(get("/api/v1/households/" + id).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members[0].relation", is("HEAD")));
        assertThat(audit.search(AuditFilter.none(), PageRequest.of(0, 50)).getContent())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.IMPORT);
                    assertThat(e.detail()).contains("2 households, 4 residents");
                });
    }

    @Test
    void importRejectsWholeFileWhenOneRowHasBadIdNumber() throws Exception {
        String address = unique("坏校验位小区");
        String good = idNumber();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        List<List<String>> rows = List.of(
                row(GRID01, address, "钱一", idNumber(), "", "户主"),
                row(GRID01, address, "钱二", bad, "13845678902", "配偶"),
                row(GRID01, address, "钱三", idNumber(), "", "子女"));
        mvc.perform(multipart("/households/import").file(upload(TableFormat.XLSX, rows)).with(users.as("grid01"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<td>3</td>"), containsString("<td>身份证号</td>"),
                        containsString("校验位"), containsString("发现 1 处错误"), not(containsString(bad)))));
        assertThat(households(address)).isZero();
    }

    @Test
    void anHtmxUploadGetsOnlyTheOutcomeBack() throws Exception {
        String address = unique("局部刷新小区");
        List<List<String>> rows = List.of(row(GRID01, address, "冯一", idNumber(), "13845678903", "户主"));
        mvc.perform(multipart("/households/import").file(upload(TableFormat.CSV, rows)).with(users.as("grid01"))
                        .with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"outcome\""), containsString("1 户，1 人"),
                        not(containsString("<html")))));
        assertThat(households(address)).isEqualTo(1);
    }

    @Test
    void aDuplicateIdNumberInTheFileNamesBothRowsAndEveryOtherProblemIsListed() throws Exception {
        String address = unique("重复号码小区");
        String twice = idNumber();
        List<List<String>> rows = List.of(
                row(GRID01, address, "孙一", twice, "", "户主"),
                row(GRID01, address, "孙二", idNumber(), "12345", "户主"),
                row(GRID01, address, "", twice, "", "亲戚"),
                row(GRID01, "", "孙四", "110105199001011234", "", "子女"));
        var result = importAs("grid01", file(TableFormat.CSV, rows), "台账.csv");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(e -> e.row() + " " + e.field() + " " + e.messageKey())
                .containsExactlyInAnyOrder(
                        "3 联系电话 invalid.phone.format",
                        "3 与户主关系 population.import.secondHead",
                        "4 姓名 population.name.required",
                        "4 身份证号 population.import.idNumber.repeated",
                        "4 与户主关系 population.relation.unknown",
                        "5 门牌地址 population.address.required",
                        "5 身份证号 invalid.idNumber.checksum");
        assertThat(result.errors()).filteredOn(e -> e.row() == 4 && e.field().equals(RosterImport.ID_NUMBER))
                .singleElement().satisfies(e -> assertThat(e.args()).containsExactly(2));
        assertThat(households(address)).isZero();
    }

    @Test
    void anIdNumberAlreadyRegisteredOrAnAddressAlreadyInTheGridIsRefused() throws Exception {
        String registered = idNumber();
        String address = unique("已登记小区");
        assertThat(importAs("grid01", file(TableFormat.CSV,
                List.of(row(GRID01, address, "周一", registered, "", "户主"))), "台账.csv").succeeded()).isTrue();
        List<List<String>> rows = List.of(
                row(GRID01, unique("新小区"), "周二", registered, "", "户主"),
                row(GRID01, address, "周三", idNumber(), "", "子女"));
        mvc.perform(multipart("/api/v1/households/import").file(upload(TableFormat.CSV, rows))
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].row", is(2)))
                .andExpect(jsonPath("$.errors[0].field", is("身份证号")))
                .andExpect(jsonPath("$.errors[0].message", is("这个身份证号已经登记过。")))
                .andExpect(jsonPath("$.errors[1].row", is(3)))
                .andExpect(jsonPath("$.errors[1].field", is("门牌地址")))
                .andExpect(jsonPath("$.errorCount", is(2)))
                .andExpect(content().string(not(containsString(registered))));
        assertThat(households(address)).isEqualTo(1);
    }

    @Test
    void aGridOutsideTheImportersScopeReadsAsUnknown() throws Exception {
        String address = unique("越界小区");
        List<List<String>> rows = List.of(row(GRID01, address, "吴一", idNumber(), "", "户主"));
        mvc.perform(multipart("/api/v1/households/import").file(upload(TableFormat.XLSX, rows))
                        .header("Authorization", tokens.bearer("grid02")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("网格编码")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("不存在，或不在您负责的范围内"))));
        mvc.perform(multipart("/api/v1/households/import").file(upload(TableFormat.XLSX,
                        List.of(row("99999999999999", address, "吴一", idNumber(), "", "户主"))))
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", is("网格 99999999999999 不存在，或不在您负责的范围内。")));
        assertThat(households(address)).isZero();
    }

    @Test
    void theApiAnswersTheCountsAndOnlyWritersMayImport() throws Exception {
        String address = unique("接口小区");
        List<List<String>> rows = List.of(row(GRID01, address, "郑一", idNumber(), "", "户主"),
                row(GRID01, address, "郑二", idNumber(), "", "其他"));
        mvc.perform(multipart("/api/v1/households/import").file(upload(TableFormat.XLSX, rows))
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/households/import").file(upload(TableFormat.XLSX, rows))
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.households", is(1)))
                .andExpect(jsonPath("$.residents", is(2)));
        mvc.perform(multipart("/api/v1/households/import").file(new MockMultipartFile("file", "roster.txt",
                        "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString(".txt")));
    }

    @Test
    void theWorkingNoticeIsHiddenUntilTheUploadIsInFlight() throws Exception {
        mvc.perform(get("/households/import").with(users.as("grid01"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hx-indicator=\"#import-progress\""),
                        containsString("id=\"import-progress\" class=\"htmx-indicator"))));
        // htmx's own styles are off, so the page's stylesheet is what hides it outside a request.
        mvc.perform(get("/css/app.css")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(".htmx-indicator { display: none; }"),
                        containsString(".htmx-request .htmx-indicator, .htmx-request.htmx-indicator"
                                + " { display: inline-block; }"))));
    }

    @Test
    void theTemplateDownloadsAndSentBackUnchangedImportsNoOneAndSaysWhy() throws Exception {
        mvc.perform(get("/households/import").with(users.as("grid01"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/households/import/template.xlsx"),
                        containsString("hx-post=\"/households/import\""), containsString("hx-indicator"),
                        containsString("大文件可能需要一分钟"))));
        byte[] xlsx = mvc.perform(get("/households/import/template.xlsx").with(users.as("grid01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String exampleAddress = RosterImport.EXAMPLES.get(0).get(1);
        long before = households(exampleAddress);
        mvc.perform(multipart("/households/import").file(new MockMultipartFile("file", "template.xlsx",
                        TableFormat.XLSX.contentType(), xlsx)).with(users.as("grid01")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"file-error\""),
                        containsString("只有模板的 3 行示例"), containsString("未导入任何数据"),
                        not(containsString("id=\"import-errors\"")), not(containsString("id=\"import-done\"")))));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        RosterImport.template(TableFormat.CSV, csv);
        assertThatThrownBy(() -> importAs("grid01", csv.toByteArray(), "template.csv"))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.onlyExamples"));
        assertThat(households(exampleAddress)).isEqualTo(before);
    }
}
