package org.shuangsheng.command.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lays a briefing out as an A4 PDF: title, lead sentence, a table per area with each
 * indicator's breakdown by child region, and a bar chart of the first breakdown drawn with
 * the PDF's own vector operators (no image library, no external tool).
 *
 * <p>The font is a CJK font file embedded in the document ({@code shuangsheng.briefing.font},
 * default Noto Sans CJK SC as Debian's fonts-noto-cjk installs it); where that file is missing,
 * OpenPDF's built-in STSong-Light, which needs no file but is not embedded.
 */
@Component
class BriefingPdf {

    static final String DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";

    private static final Logger log = LoggerFactory.getLogger(BriefingPdf.class);

    private final BaseFont font;

    BriefingPdf(@Value("${shuangsheng.briefing.font:" + DEFAULT_FONT + "}") String fontSpec) {
        this.font = load(fontSpec);
    }

    static BaseFont load(String fontSpec) {
        try {
            String file = fontSpec == null ? "" : fontSpec.strip().replaceFirst(",\\d+$", "");
            if (!file.isEmpty() && Files.isReadable(Path.of(file))) {
                return BaseFont.createFont(fontSpec.strip(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            // Once, at start: the fallback is not embedded, so a reader without it shows no Chinese.
            log.warn("No readable CJK font file at '{}' (shuangsheng.briefing.font): briefing PDFs use the built-in"
                    + " STSong-Light, not embedded, and may show no Chinese; install fonts-noto-cjk or set the"
                    + " property", fontSpec);
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the font is a file embedded in every PDF (false: the built-in fallback). */
    boolean embedsFont() {
        return font.getFontType() != BaseFont.FONT_TYPE_CJK;
    }

    byte[] render(BriefingContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(content.title());
            document.open();
            Font title = new Font(font, 18, Font.BOLD);
            Font heading = new Font(font, 13, Font.BOLD);
            Font body = new Font(font, 11);
            Font small = new Font(font, 9);

            Paragraph head = new Paragraph(content.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(6);
            document.add(head);
            Paragraph date = new Paragraph(content.date().getYear() + "年" + content.date().getMonthValue() + "月"
                    + content.date().getDayOfMonth() + "日", body);
            date.setAlignment(Element.ALIGN_CENTER);
            date.setSpacingAfter(12);
            document.add(date);
            Paragraph lead = new Paragraph(content.lead(), body);
            lead.setFirstLineIndent(22);
            lead.setLeading(20);
            lead.setSpacingAfter(10);
            document.add(lead);

            int number = 0;
            for (IndicatorArea area : IndicatorArea.values()) {
                List<BriefingContent.Line> lines = content.linesOf(area);
                if (lines.isEmpty()) {
                    continue;
                }
                number++;
                Paragraph areaHeading = new Paragraph(chineseNumber(number) + "、" + content.areaNames().get(area), heading);
                areaHeading.setSpacingBefore(8);
                areaHeading.setSpacingAfter(6);
                document.add(areaHeading);
                document.add(table(List.of("指标", "数值", "单位"), lines.stream()
                        .map(l -> List.of(l.label(), l.figure(), l.unit())).toList(), body, new float[] {5, 2, 1.5f}));
                for (BriefingContent.Line line : lines) {
                    if (line.breakdown().isEmpty()) {
                        continue;
                    }
                    Paragraph caption = new Paragraph(line.label() + "（按下级区划）", small);
                    caption.setSpacingBefore(6);
                    caption.setSpacingAfter(3);
                    document.add(caption);
                    document.add(table(List.of("下级区划", "数值"), line.breakdown().stream()
                            .map(b -> List.of(b.name(), figure(b.value()))).toList(), small, new float[] {5, 2}));
                }
            }
            content.lines().stream().filter(l -> !l.breakdown().isEmpty()).findFirst().ifPresent(first -> {
                Paragraph caption = new Paragraph("图：" + first.label() + "（按下级区划，单位：" + first.unit() + "）", heading);
                caption.setSpacingBefore(12);
                caption.setSpacingAfter(6);
                document.add(caption);
                document.add(chart(writer.getDirectContent(), first.breakdown(), small));
            });
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The briefing could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(List<String> header, List<List<String>> rows, Font font, float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String name : header) {
            PdfPCell cell = new PdfPCell(new Phrase(name, font));
            cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(i), font));
                cell.setPadding(4);
                if (i == 1) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** Horizontal bars, one per child region, labelled with its name and figure. */
    private Image chart(PdfContentByte canvas, List<Indicator.Breakdown> breakdown, Font small) {
        float rowHeight = 16;
        float labelWidth = 130;
        float valueWidth = 50;
        float width = 495;
        float height = rowHeight * breakdown.size() + 8;
        PdfTemplate template = canvas.createTemplate(width, height);
        BigDecimal max = breakdown.stream().map(Indicator.Breakdown::value).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        float barSpace = width - labelWidth - valueWidth;
        for (int i = 0; i < breakdown.size(); i++) {
            Indicator.Breakdown row = breakdown.get(i);
            float y = height - (i + 1) * rowHeight;
            float bar = max.signum() <= 0 || row.value() == null ? 0 : row.value().floatValue() / max.floatValue() * barSpace;
            template.setColorFill(new Color(0x0D, 0x6E, 0xFD));
            template.rectangle(labelWidth, y + 3, Math.max(bar, 0.5f), rowHeight - 6);
            template.fill();
            template.beginText();
            template.setColorFill(Color.BLACK);
            template.setFontAndSize(font, small.getSize());
            template.showTextAligned(Element.ALIGN_RIGHT, row.name(), labelWidth - 6, y + 5, 0);
            template.showTextAligned(Element.ALIGN_LEFT, figure(row.value()), labelWidth + bar + 4, y + 5, 0);
            template.endText();
        }
        template.setColorStroke(Color.GRAY);
        template.moveTo(labelWidth, 0);
        template.lineTo(labelWidth, height);
        template.stroke();
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    /** The figure as the briefing prints it; "—" where there is none. */
    static String figure(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    private static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : String.valueOf(n);
    }
}
