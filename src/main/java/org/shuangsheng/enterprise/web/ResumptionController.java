package org.shuangsheng.enterprise.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.reporting.ResumptionProgress;
import org.shuangsheng.enterprise.reporting.ResumptionStatistics;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Resumption progress (复工进度统计) of a day by subdistrict and industry, and its Excel export. */
@Controller
class ResumptionController {

    static final List<String> COLUMNS = List.of("企业数", "已复工", "复工率(%)", "省百大项目", "其中已复工",
            "登记职工", "在岗人数", "返岗率(%)");

    private final ResumptionStatistics statistics;
    private final AuditLog audit;

    ResumptionController(ResumptionStatistics statistics, AuditLog audit) {
        this.statistics = statistics;
        this.audit = audit;
    }

    @GetMapping("/enterprises/resumption")
    String progress(@RequestParam(required = false) String date,
            HtmxRequest htmx, Model model) {
        LocalDate day;
        try {
            day = statistics.day(date);
        } catch (InvalidInputException e) {
            // Someone who typed a date sees today's figures and why, rather than an error page.
            model.addAttribute("dateProblem", e.violations().get(0).messageKey());
            day = statistics.today();
        }
        model.addAttribute("progress", statistics.progress(day));
        model.addAttribute("today", statistics.today());
        return htmx.isHtmxRequest() ? "enterprise/resumption :: figures" : "enterprise/resumption";
    }

    @GetMapping("/enterprises/resumption/export")
    void export(@RequestParam(required = false) String date, HttpServletResponse response) throws IOException {
        LocalDate day;
        try {
            day = statistics.day(date);
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ResumptionProgress p = statistics.progress(day);
        TableFormat.XLSX.prepareDownload(response, "resumption-" + day);
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            sheet(writer, "按街道 " + day, "街道/乡镇编码", "街道/乡镇", p.bySubdistrict(), p);
            sheet(writer, "按行业 " + day, "行业门类", "行业名称", p.byIndustry(), p);
        }
        audit.record(AuditAction.EXPORT, "enterprise-resumption", day.toString(), AuditOutcome.SUCCESS,
                p.bySubdistrict().size() + " subdistricts, " + p.byIndustry().size() + " industries");
    }

    private static void sheet(TableWriter writer, String name, String codeColumn, String nameColumn,
            List<ResumptionProgress.Group> groups, ResumptionProgress total) {
        List<String> header = new ArrayList<>(List.of(codeColumn, nameColumn));
        header.addAll(COLUMNS);
        writer.sheet(name).header(header);
        for (ResumptionProgress.Group g : groups) {
            writer.row(List.of(g.code(), g.name(), g.enterprises(), g.resumed(), g.rate(), g.majorProjects(),
                    g.majorResumed(), g.registeredStaff(), g.onSiteStaff(), g.returnRate()));
        }
        writer.row(List.of("", "合计", total.enterprises(), total.resumed(), total.rate(), total.majorProjects(),
                total.majorResumed(), total.registeredStaff(), total.onSiteStaff(), total.returnRate()));
    }
}
