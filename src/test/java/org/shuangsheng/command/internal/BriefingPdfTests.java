package org.shuangsheng.command.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangsheng.command.BriefingTests;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.RegionTree.Node;

/** The PDF layout on its own, with no Spring: the embedded font and the bare-machine fallback. */
class BriefingPdfTests {

    static BriefingContent content() {
        Map<IndicatorArea, String> areas = new EnumMap<>(IndicatorArea.class);
        areas.put(IndicatorArea.PREVENTION, "疫情防控");
        areas.put(IndicatorArea.ENTERPRISES, "复工复产");
        areas.put(IndicatorArea.LIVELIHOODS, "民生保障");
        areas.put(IndicatorArea.STRUCTURE, "区划与网格");
        return new BriefingContent(new Node("230506", "宝山区", "DISTRICT", "230506"), LocalDate.of(2020, 3, 17),
                "宝山区疫情防控和经济恢复工作日报", "截至3月17日24时，全区累计：排查户数58231户，复工企业126家。", areas,
                List.of(new BriefingContent.Line(IndicatorArea.PREVENTION, "screening.households", "排查户数",
                                BigDecimal.valueOf(58231), "户",
                                List.of(new Indicator.Breakdown("230506001", "红旗街道", 6120),
                                        new Indicator.Breakdown("230506002", "跃进街道", 5304))),
                        new BriefingContent.Line(IndicatorArea.ENTERPRISES, "enterprise.resumed", "复工企业",
                                new BigDecimal("126.00"), "家", List.of())));
    }

    @Test
    void theConfiguredNotoFontIsEmbeddedAndEveryFigureExtracts() throws Exception {
        BriefingPdf pdf = new BriefingPdf(BriefingPdf.DEFAULT_FONT);
        org.junit.jupiter.api.Assumptions.assumeTrue(pdf.embedsFont(), "fonts-noto-cjk is not installed");
        String text = BriefingTests.pdfText(pdf.render(content()));
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("宝山区疫情防控和经济恢复工作日报", "截至3月17日24时，全区累计", "一、疫情防控", "二、复工复产",
                "58231", "6120", "5304", "红旗街道", "126家", "图：排查户数");
        assertThat(flat).doesNotContain("126.00");
    }

    @Test
    void withNoFontFileTheBuiltInSongFontStillMakesAReadablePdf() throws Exception {
        BriefingPdf pdf = new BriefingPdf("/nonexistent/font.ttc,2");
        assertThat(pdf.embedsFont()).isFalse();
        byte[] file = pdf.render(content());
        assertThat(new String(file, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).contains("STSong-Light");
        assertThat(BriefingTests.pdfText(file)).contains("58231");
    }
}
