package org.shuangsheng.region.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionImport;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableFormatException;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The region table in and out: import with a row-by-row report, template, export of any list. */
@Controller
@RequestMapping("/regions")
class RegionTableController {

    static final int EXPORT_PAGE = 2_000;

    private final RegionImport regionImport;
    private final RegionQueries queries;
    private final MessageSource messages;

    RegionTableController(RegionImport regionImport, RegionQueries queries, MessageSource messages) {
        this.regionImport = regionImport;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/import")
    String importForm() {
        return "region/import";
    }

    @PostMapping("/import")
    String importTable(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "import.noFile");
            return "region/import";
        }
        RegionImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = regionImport.importTable(in, file.getOriginalFilename());
        } catch (TableFormatException e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArgs", e.args());
            return "region/import";
        }
        if (!result.succeeded()) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("result", result);
            return "region/import";
        }
        redirect.addFlashAttribute("flash", "region.import.done");
        redirect.addFlashAttribute("flashArgs", new Object[] {result.created()});
        return "redirect:/regions";
    }

    @GetMapping("/import/template.{extension}")
    void template(@PathVariable String extension, HttpServletResponse response) throws IOException {
        TableFormat format = format(extension);
        format.prepareDownload(response, messages.getMessage("region.import.templateName", null,
                LocaleContextHolder.getLocale()));
        TableWriter.importTemplate(format, response.getOutputStream(), "区划", RegionImport.COLUMNS,
                RegionImport.EXAMPLES);
    }

    /** The list as filtered on the page, every page of it; the first four columns re-import as they are. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
            @RequestParam(required = false) RegionLevel level, @RequestParam(defaultValue = "false") boolean retired,
            HttpServletResponse response) throws IOException {
        String parentCode = parent == null || parent.isBlank() ? null : parent.strip();
        boolean searching = (q != null && !q.isBlank()) || level != null;
        RegionFilter filter = parentCode == null
                ? new RegionFilter(null, null, searching ? level : null, q, retired)
                : searching ? new RegionFilter(null, parentCode, level, q, retired)
                        : new RegionFilter(parentCode, null, null, null, retired);
        TableFormat.XLSX.prepareDownload(response, messages.getMessage("region.export.fileName",
                new Object[] {LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))}, LocaleContextHolder.getLocale()));
        List<String> header = new ArrayList<>(RegionImport.COLUMNS);
        header.addAll(List.of("层级", "路径", "状态"));
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet("区划").header(header);
            Page<RegionView> page;
            int number = 0;
            do {
                page = queries.search(filter, PageRequest.of(number++, EXPORT_PAGE));
                for (RegionView unit : page) {
                    writer.row(java.util.Arrays.asList(unit.code(), unit.name(), RegionImport.word(unit.kind()),
                            unit.parentCode(), message("region.level." + unit.level()), unit.path(),
                            message(unit.retired() ? "region.retired" : "region.active")));
                }
            } while (page.hasNext());
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static TableFormat format(String extension) {
        try {
            return TableFormat.ofFileName("x." + extension);
        } catch (TableFormatException e) {
            throw new org.shuangsheng.shared.NotFoundException("template");
        }
    }

}
