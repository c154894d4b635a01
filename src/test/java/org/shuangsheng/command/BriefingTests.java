package org.shuangsheng.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.internal.ScheduledBriefing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily briefing (日报): its PDF reads as the district writes, carries every figure and
 * survives text extraction; its .xlsx carries the same figures; scope and roles hold; the
 * scheduled run generates once per cluster. A contributed indicator the command module has
 * never heard of is imported here, in a context of its own, and must appear in both files.
 */
@PlatformTest
@Import(BriefingTests.MaskDistribution.class)
public class BriefingTests {

    static final String DAY = "2020-03-17";
    static final String TITLE = "宝山区疫情防控和经济恢复工作日报";

    /** A livelihoods module's figure, with distinctive numbers to look for. */
    static class MaskDistribution implements IndicatorContribution {

        @Override
        public List<Indicator> indicators(IndicatorQuery query) {
            return List.of(new Indicator("test.masks", "test.masks", IndicatorArea.LIVELIHOODS, 48213, "test.unit.piece",
                    List.of(new Indicator.Breakdown(query.regionCode() + "01", "测试发放点甲", 30571),
                            new Indicator.Breakdown(query.regionCode() + "02", "测试发放点乙", 17642)),
                    null));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduledBriefing scheduled;

    @Test
    void thePdfReadsLikeTheDistrictsBriefingAndCarriesEveryFigure() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/briefings/" + DAY + ".pdf").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("briefing-230506-2020-03-17.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains(TITLE).contains("截至3月17日24时，全区累计").contains("2020年3月17日");
        List<JsonNode> indicators = indicators("commander", null);
        assertThat(indicators).extracting(i -> i.get("key").asString()).contains("region.grids", "test.masks");
        for (JsonNode indicator : indicators) {
            // A rate of nothing (no enterprise due to report that day) has no figure, printed "—".
            String figure = indicator.get("value").isNull() ? "—"
                    : indicator.get("value").decimalValue().stripTrailingZeros().toPlainString();
            assertThat(text).as(indicator.get("key").asString()).contains(figure);
            for (JsonNode row : indicator.get("breakdown")) {
                assertThat(flat).as(row.get("name").asString()).contains(row.get("name").asString());
            }
        }
        assertThat(flat).contains("48213").contains("30571").contains("17642").contains("测试发放点甲")
                .contains("区划与网格").contains("民生保障").contains("网格");
    }

    @Test
    void theWorkbookHasTheSameFiguresOnASheetOfIndicatorsAndOneOfBreakdowns() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/briefings/" + DAY + ".xlsx").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        List<JsonNode> indicators = indicators("commander", null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            List<List<String>> figures = rows(workbook.getSheet("指标"));
            assertThat(figures.get(0)).containsExactly("日期", "区划编码", "区划", "领域", "指标", "数值", "单位");
            assertThat(figures).hasSize(indicators.size() + 1);
            for (JsonNode indicator : indicators) {
                // No figure is an empty cell, not 0.
                String figure = indicator.get("value").isNull() ? ""
                        : indicator.get("value").decimalValue().stripTrailingZeros().toPlainString();
                assertThat(figures).anySatisfy(row -> assertThat(row.subList(4, 6))
                        .containsExactly(indicator.get("label").asString(), figure));
            }
            assertThat(figures.get(1).subList(0, 3)).containsExactly(DAY, "230506", "宝山区");
            List<List<String>> breakdowns = rows(workbook.getSheet("分项"));
            int expected = 0;
            for (JsonNode indicator : indicators) {
                expected += indicator.get("breakdown").size();
            }
            assertThat(breakdowns).hasSize(expected + 1);
            assertThat(breakdowns).anySatisfy(row -> assertThat(row.subList(1, 5))
                    .containsExactly("test.masks", "23050601", "测试发放点甲", "30571"));
        }
    }

    @Test
    void theWorkbookOpensInLibreOfficeWithItsChineseHeadingsAndFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/briefings/" + DAY + ".xlsx").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = libreOfficeCsv(xlsx);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("日期,区划编码,区划,领域,指标,数值,单位");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(DAY + ",230506,宝山区,民生保障,")
                .contains(",48213,"));
        assertThat(lines).hasSize(indicators("commander", null).size() + 1);
    }

    @Test
    void theDashboardsDownloadLinkServesTheBriefingOfTheRegionShownAndNoneOutsideTheScope() throws Exception {
        mvc.perform(get("/dashboard").param("region", "230506001").param("date", DAY).with(users.as("hongqi")))
                .andExpect(content().string(containsString(
                        "href=\"/briefings/download?date=2020-03-17&amp;region=230506001&amp;format=pdf\"")));
        mvc.perform(get("/briefings/download").param("date", DAY).param("region", "230506001")
                        .with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("briefing-230506001-2020-03-17.pdf")));
        mvc.perform(get("/briefings/download").param("date", DAY).param("region", "230506002").param("format", "xlsx")
                        .with(users.as("hongqi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOfficerGetsItsSubdistrictsBriefingAndNothingOutsideIt() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/briefings/" + DAY + ".pdf").header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf).replaceAll("\\s+", "")).contains("红旗街道疫情防控和经济恢复工作日报")
                .contains("截至3月17日24时，红旗街道累计");
        mvc.perform(get("/api/v1/briefings/" + DAY + ".xlsx").param("regionCode", "230506001")
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/briefings/" + DAY + ".pdf").param("regionCode", "230506002")
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/briefings/" + DAY + ".xlsx").param("regionCode", "230506")
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"grid01", "ent01", "farmer01", "admin"})
    void rolesWithoutTheDashboardAreRefused(String username) throws Exception {
        mvc.perform(get("/api/v1/briefings/" + DAY + ".pdf").header("Authorization", tokens.bearer(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/briefings/" + DAY + ".xlsx").header("Authorization", tokens.bearer(username)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/briefings").accept(MediaType.TEXT_HTML).with(users.as(username)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/briefings").param("date", DAY).with(csrf()).with(users.as(username)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-45", "yesterday", "2999-01-01"})
    void aBadDateIsAProblemNamingTheField(String date) throws Exception {
        mvc.perform(get("/api/v1/briefings/" + date + ".pdf").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("date")));
    }

    @Test
    void aGeneratedBriefingIsArchivedListedReplacedAndDownloadedWithinScope() throws Exception {
        String hongqiDay = "2020-03-16";
        jdbc.sql("delete from command_briefing where briefing_date = ?").param(LocalDate.parse(hongqiDay)).update();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/briefings").param("date", hongqiDay).param("regionCode", "230506001")
                            .with(csrf()).with(users.as("commander")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/briefings"));
        }
        List<Long> ids = jdbc.sql("select id from command_briefing where briefing_date = ? and region_code = ?")
                .params(LocalDate.parse(hongqiDay), "230506001").query(Long.class).list();
        assertThat(ids).as("regenerating replaces").hasSize(1);
        long id = ids.get(0);
        mvc.perform(get("/briefings").param("from", hongqiDay).param("to", hongqiDay).accept(MediaType.TEXT_HTML)
                        .with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"briefing-" + id + "\"")))
                .andExpect(content().string(containsString("href=\"/briefings/" + id + ".pdf\"")));
        mvc.perform(get("/briefings").param("from", "2020-03-17").accept(MediaType.TEXT_HTML).with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"briefing-" + id + "\""))));
        byte[] pdf = mvc.perform(get("/briefings/" + id + ".pdf").with(users.as("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf).replaceAll("\\s+", "")).contains("红旗街道疫情防控和经济恢复工作日报");
        mvc.perform(get("/briefings/" + id + ".xlsx").with(users.as("hongqi"))).andExpect(status().isOk());

        // The district's own briefing is out of an officer's reach.
        mvc.perform(post("/briefings").param("date", hongqiDay).with(csrf()).with(users.as("commander")))
                .andExpect(status().is3xxRedirection());
        long district = jdbc.sql("select id from command_briefing where briefing_date = ? and region_code = ?")
                .params(LocalDate.parse(hongqiDay), "230506").query(Long.class).single();
        mvc.perform(get("/briefings/" + district + ".pdf").with(users.as("hongqi"))).andExpect(status().isNotFound());
        mvc.perform(get("/briefings").param("from", hongqiDay).param("to", hongqiDay).accept(MediaType.TEXT_HTML)
                        .with(users.as("hongqi")))
                .andExpect(content().string(not(containsString("id=\"briefing-" + district + "\""))));
        mvc.perform(get("/briefings").param("from", hongqiDay).param("to", hongqiDay).accept(MediaType.TEXT_HTML)
                        .with(users.as("commander")))
                .andExpect(content().string(containsString("id=\"briefing-" + district + "\"")));
        mvc.perform(post("/briefings").param("date", hongqiDay).param("regionCode", "230506002")
                        .with(csrf()).with(users.as("hongqi")))
                .andExpect(status().isNotFound());

        // An archived briefing is what the API answers for that day and region.
        byte[] archived = jdbc.sql("select pdf from command_briefing where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
        byte[] served = mvc.perform(get("/api/v1/briefings/" + hongqiDay + ".pdf").param("regionCode", "230506001")
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(archived);
    }

    @Test
    void theScheduledRunGeneratesYesterdaysDistrictBriefingOnceWhenTwoInstancesTryAtOnce() throws Exception {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        jdbc.sql("delete from command_run_claim where job like 'briefing.%'").update();
        jdbc.sql("delete from command_briefing where generated_by = 'system'").update();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> run = () -> {
            start.await();
            return scheduled.generateYesterdaysBriefing();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(run);
            Future<Boolean> second = threads.submit(run);
            start.countDown();
            List<Boolean> generated = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            assertThat(generated).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        List<Object[]> rows = jdbc.sql("select briefing_date, region_code from command_briefing where generated_by = 'system'")
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2)}).list();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[1]).isEqualTo("230506");
        assertThat(rows.get(0)[0]).isEqualTo(yesterday);
        assertThat(scheduled.generateYesterdaysBriefing()).as("a later run of the same day").isFalse();
    }

    private List<JsonNode> indicators(String username, String regionCode) throws Exception {
        var request = get("/api/v1/dashboard/indicators").param("date", DAY).header("Authorization", tokens.bearer(username));
        if (regionCode != null) {
            request.param("regionCode", regionCode);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> list = new ArrayList<>();
        json.readTree(body).forEach(list::add);
        return list;
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The first sheet of an .xlsx as LibreOffice reads it, converted headless to UTF-8 CSV with a
     * profile of its own; skipped where LibreOffice is not installed, unless CI requires it.
     */
    static String libreOfficeCsv(byte[] xlsx) throws IOException, InterruptedException {
        File soffice = new File("/usr/bin/soffice");
        boolean present = soffice.canExecute();
        if (!present && Boolean.getBoolean("shuangsheng.browser.required")) {
            throw new AssertionError("LibreOffice (libreoffice-calc-nogui) is required but not installed");
        }
        assumeTrue(present, "LibreOffice is not installed; install libreoffice-calc-nogui");
        Path dir = Files.createTempDirectory("briefing-lo");
        try {
            Path file = dir.resolve("briefing.xlsx");
            Files.write(file, xlsx);
            // 44 = comma, 34 = double quote, 76 = UTF-8.
            Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(),
                    file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            Path csv = dir.resolve("briefing.csv");
            assertThat(csv).as(output).exists();
            return Files.readString(csv, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The text of a PDF as poppler's pdftotext extracts it; skipped where it is not installed, unless CI requires it. */
    public static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        boolean present = new File("/usr/bin/pdftotext").canExecute();
        if (!present && Boolean.getBoolean("shuangsheng.browser.required")) {
            throw new AssertionError("pdftotext (poppler-utils) is required but not installed");
        }
        assumeTrue(present, "pdftotext (poppler-utils) is not installed");
        Path file = Files.createTempFile("briefing", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
