package org.shuangsheng.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.shared.table.RowError;
import org.shuangsheng.shared.table.TableFormatException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class RegionImportTests {

    @Autowired
    RegionImport regionImport;

    @Autowired
    RegionQueries queries;

    @Autowired
    RegionManagement management;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("区划");
            List<List<String>> all = new ArrayList<>();
            all.add(List.of("编码", "名称", "类型", "上级编码"));
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void importsACommunityWithItsGridsFromOneFile() throws Exception {
        byte[] file = xlsx(List.of(
                List.of("23050600200701", "第1网格", "网格", "230506002007"),
                List.of("230506002007", "幸福社区", "社区", "230506002"),
                List.of("23050600200702", "第2网格", "GRID", "230506002007")));

        RegionImport.Result result = regionImport.importTable(new ByteArrayInputStream(file), "表.xlsx");

        assertThat(result.succeeded()).isTrue();
        assertThat(result.created()).isEqualTo(3);
        assertThat(queries.find("23050600200702")).hasValueSatisfying(grid -> {
            assertThat(grid.path()).isEqualTo("230506/002/007/02");
            assertThat(grid.demo()).isFalse();
        });
    }

    @Test
    void importRejectsTheWholeFileAndReportsEveryBadRow() throws Exception {
        byte[] file = xlsx(List.of(
                List.of("230506003007", "新城社区", "社区", "230506003"),
                List.of("23050600300701", "第1网格", "网格", "230506003007"),
                List.of("2305x", "坏编码", "网格", "230506003007"),
                List.of("23050600300702", "", "网格", "230506003007"),
                List.of("23050600300703", "第3网格", "楼栋", "230506003007"),
                List.of("23050600300704", "第4网格", "网格", "999999"),
                List.of("23050600300701", "重复", "网格", "230506003007"),
                List.of("23050600300705", "第5网格", "网格", "230506003")));

        RegionImport.Result result = regionImport.importTable(new ByteArrayInputStream(file), "bad.xlsx");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(RowError::row, RowError::field, RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "编码", "region.code.format"),
                org.assertj.core.groups.Tuple.tuple(5, "名称", "region.name.required"),
                org.assertj.core.groups.Tuple.tuple(6, "类型", "region.import.kind"),
                org.assertj.core.groups.Tuple.tuple(7, "上级编码", "region.parent.unknown"),
                org.assertj.core.groups.Tuple.tuple(8, "编码", "region.import.duplicateCode"),
                org.assertj.core.groups.Tuple.tuple(9, "上级编码", "region.parent.wrongLevel"));
        assertThat(queries.find("230506003007")).isEmpty();
        assertThat(queries.find("23050600300701")).isEmpty();
    }

    @Test
    void aCsvSavedByChineseExcelImportsToo() throws Exception {
        String csv = "编码,名称,类型,上级编码\r\n230506101210,团结村,村,230506101\r\n";
        RegionImport.Result result = regionImport.importTable(
                new ByteArrayInputStream(csv.getBytes(java.nio.charset.Charset.forName("GB18030"))), "村.csv");
        assertThat(result.created()).isEqualTo(1);
        assertThat(queries.find("230506101210").orElseThrow().name()).isEqualTo("团结村");
    }

    @Test
    void theImportPageListsRowErrorsAndAddsNothing() throws Exception {
        byte[] file = xlsx(List.of(List.of("230506005009", "", "社区", "230506005")));
        mvc.perform(multipart("/regions/import").file(new MockMultipartFile("file", "社区.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("未导入"), containsString("<td>2</td>"),
                        containsString("请填写名称"))));
        assertThat(queries.find("230506005009")).isEmpty();
    }

    @Test
    void theImportPageSaysWhenAFileIsNotATable() throws Exception {
        mvc.perform(multipart("/regions/import").file(new MockMultipartFile("file", "notes.docx",
                        "application/octet-stream", "hello".getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不支持的文件类型")));
    }

    @Test
    void aGoodFileIsImportedFromThePage() throws Exception {
        byte[] file = xlsx(List.of(List.of("230506006009", "春光社区", "社区", "230506006")));
        mvc.perform(multipart("/regions/import").file(new MockMultipartFile("file", "社区.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                        .with(users.as("commander")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/regions"));
        assertThat(queries.find("230506006009")).isPresent();
    }

    @Test
    void theTemplateIsARealWorkbookWithTheHeaderRow() throws Exception {
        byte[] body = mvc.perform(get("/regions/import/template.xlsx").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("编码", "名称", "类型", "上级编码");
        }
        // Its example rows are marked as such: sent back unchanged, it imports nothing and says why.
        assertThatThrownBy(() -> regionImport.importTable(new ByteArrayInputStream(body), "template.xlsx"))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.onlyExamples"));
    }

    @Test
    void exportIsTheFilteredListAndNeverAFormula() throws Exception {
        management.create(new NewRegion("230506007009", "=HYPERLINK(\"http://x\")", RegionKind.COMMUNITY, "230506007"));
        byte[] body = mvc.perform(get("/regions/export").param("parent", "230506007").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(names).contains("建设社区", "'=HYPERLINK(\"http://x\")").doesNotContain("第1网格");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("230506007001");
        }
    }

    @Test
    void onlyEditorsSeeTheImportPage() throws Exception {
        mvc.perform(get("/regions/import").with(users.as("hongqi"))).andExpect(status().isForbidden());
        mvc.perform(get("/regions/import").with(users.as("commander"))).andExpect(status().isOk());
    }
}
