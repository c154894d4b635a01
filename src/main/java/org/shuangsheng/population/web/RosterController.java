package org.shuangsheng.population.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.shuangsheng.population.RosterImport;
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

/** The roster (台账) import of a grid worker or a subdistrict: upload, row-by-row report, template. */
@Controller
@RequestMapping("/households/import")
class RosterController {

    private final RosterImport rosterImport;
    private final MessageSource messages;

    RosterController(RosterImport rosterImport, MessageSource messages) {
        this.rosterImport = rosterImport;
        this.messages = messages;
    }

    @GetMapping
    String form() {
        return "population/import";
    }

    /** For an htmx upload only the result part of the page comes back, into the page. */
    @PostMapping
    String importRoster(@RequestParam(name = "file", required = false) MultipartFile file,
            HtmxRequest htmx, Model model) throws IOException {
        String view = htmx.isHtmxRequest() ? "population/import :: outcome" : "population/import";
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "import.noFile");
            return view;
        }
        RosterImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = rosterImport.importRoster(in, file.getOriginalFilename());
        } catch (TableFormatException e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArgs", e.args());
            return view;
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        if (result.succeeded()) {
            model.addAttribute("imported", result);
        } else {
            model.addAttribute("result", result);
        }
        return view;
    }

    @GetMapping("/template.{extension}")
    void template(@PathVariable String extension, HttpServletResponse response) throws IOException {
        TableFormat format;
        try {
            format = TableFormat.ofFileName("x." + extension);
        } catch (TableFormatException e) {
            throw new org.shuangsheng.shared.NotFoundException("template");
        }
        String name = messages.getMessage("population.import.templateName", null, LocaleContextHolder.getLocale());
        format.prepareDownload(response, name);
        RosterImport.template(format, response.getOutputStream());
    }
}
