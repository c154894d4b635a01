package org.shuangsheng.enterprise.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.shuangsheng.enterprise.registration.EnterpriseImport;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableFormatException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The enterprise register import of the task force: upload, row-by-row report, template. */
@Controller
@RequestMapping("/enterprises/import")
class EnterpriseImportController {

    private final EnterpriseImport enterpriseImport;
    private final MessageSource messages;

    EnterpriseImportController(EnterpriseImport enterpriseImport, MessageSource messages) {
        this.enterpriseImport = enterpriseImport;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "enterprise/import";
    }

    @PostMapping
    String importEnterprises(@RequestParam(name = "file", required = false) MultipartFile file,
            HtmxRequest htmx, Model model) throws IOException {
        return upload(file, model, htmx.isHtmxRequest() ? "enterprise/import :: outcome" : "enterprise/import",
                in -> enterpriseImport.importEnterprises(in, file.getOriginalFilename()));
    }

    /** One all-or-nothing import of an uploaded file. */
    interface Importer {
        EnterpriseImport.Result apply(InputStream in) throws IOException;
    }

    /**
     * Runs an import of an uploaded file and puts its outcome in the model the way the import
     * pages show it: a file error, the rows imported, or every bad row.
     */
    static String upload(MultipartFile file, Model model, String view, Importer importer) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "import.noFile");
            return view;
        }
        EnterpriseImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = importer.apply(in);
        } catch (TableFormatException e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArgs", e.args());
            return view;
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute(result.succeeded() ? "imported" : "result", result);
        return view;
    }

    @GetMapping("/template.{extension}")
    void template(@PathVariable String extension, HttpServletResponse response) throws IOException {
        TableFormat format;
        try {
            format = TableFormat.ofFileName("x." + extension);
        } catch (TableFormatException e) {
            throw new NotFoundException("template");
        }
        format.prepareDownload(response,
                messages.getMessage("enterprise.import.templateName", null, LocaleContextHolder.getLocale()));
        EnterpriseImport.template(format, response.getOutputStream());
    }
}
