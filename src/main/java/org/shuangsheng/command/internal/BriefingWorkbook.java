package org.shuangsheng.command.internal;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.shared.table.TableWriter;

/** The briefing's figures as an .xlsx: one sheet of indicators, one of their breakdowns by child region. */
final class BriefingWorkbook {

    private BriefingWorkbook() {
    }

    static byte[] render(BriefingContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(out)) {
            writer.sheet("指标").header(List.of("日期", "区划编码", "区划", "领域", "指标", "数值", "单位"));
            for (BriefingContent.Line line : content.lines()) {
                writer.row(Arrays.asList(content.date(), content.region().code(), content.region().name(),
                        content.areaNames().get(line.area()), line.label(), line.value(), line.unit()));
            }
            writer.sheet("分项").header(List.of("日期", "指标", "下级区划编码", "下级区划", "数值", "单位"));
            for (BriefingContent.Line line : content.lines()) {
                for (Indicator.Breakdown row : line.breakdown()) {
                    writer.row(Arrays.asList(content.date(), line.label(), row.code(), row.name(), row.value(), line.unit()));
                }
            }
        }
        return out.toByteArray();
    }
}
