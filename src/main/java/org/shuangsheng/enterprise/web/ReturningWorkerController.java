package org.shuangsheng.enterprise.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseView;
import org.shuangsheng.enterprise.workers.ReturningWorkerImport;
import org.shuangsheng.enterprise.workers.ReturningWorkerStatus;
import org.shuangsheng.enterprise.workers.ReturningWorkerView;
import org.shuangsheng.enterprise.workers.ReturningWorkers;
import org.shuangsheng.enterprise.workers.WorkerRelease;
import org.shuangsheng.enterprise.workers.WorkerReturn;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableFormatException;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The returning workers (返岗人员) of an enterprise: the list with its filters and export, the
 * form to add or change a worker, the import of a whole list, and a worker's page where the
 * return and the release are recorded. Made for the liaison's phone: one column, large inputs.
 */
@Controller
@RequestMapping("/enterprises/{id}/returning-workers")
class ReturningWorkerController {

    private final ReturningWorkers workers;
    private final ReturningWorkerImport workerImport;
    private final EnterpriseQueries queries;
    private final AuditLog audit;
    private final ZoneId zone;

    ReturningWorkerController(ReturningWorkers workers, ReturningWorkerImport workerImport, EnterpriseQueries queries,
            AuditLog audit, Clock clock) {
        this.workers = workers;
        this.workerImport = workerImport;
        this.queries = queries;
        this.audit = audit;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        EnterpriseView enterprise = queries.enterprise(id);
        ReturningWorkerStatus shown = status(status);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("rows", workers.list(id, shown, PageRequest.of(Paging.page(page),
                EnterpriseController.PAGE_SIZE)));
        model.addAttribute("status", shown == null ? null : shown.name());
        model.addAttribute("statuses", ReturningWorkerStatus.values());
        model.addAttribute("mayWrite", workers.mayWrite());
        return htmx.isHtmxRequest() ? "enterprise/returning-workers :: results" : "enterprise/returning-workers";
    }

    @GetMapping("/export")
    void export(@PathVariable long id, @RequestParam(required = false) String status, HttpServletResponse response)
            throws IOException {
        EnterpriseView enterprise = queries.enterprise(id);
        ReturningWorkerStatus shown = status(status);
        TableFormat.XLSX.prepareDownload(response, "returning-workers");
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet("返岗人员").header(List.of("编号", "姓名", "身份证号", "电话", "从何处返回", "预计返岗日期",
                    "返岗日期", "交通方式", "重点地区", "接触病例", "体温", "症状", "已向社区报告", "隔离至", "解除隔离日期",
                    "状态"));
            Page<ReturningWorkerView> rows;
            int number = 0;
            long written = 0;
            do {
                rows = workers.list(id, shown, PageRequest.of(number++, 1000));
                written += rows.getNumberOfElements();
                for (ReturningWorkerView w : rows) {
                    writer.row(Arrays.asList(w.id(), w.name(), w.idNumber(), w.phone(), w.origin(),
                            w.expectedReturnDate(), w.returnDate(), w.transport(), keyAreaWord(w), yes(w.contactWithCase()),
                            w.temperature(), w.symptoms(), yes(w.reportedToCommunity()), w.quarantineUntil(),
                            w.releasedOn(), statusWord(w.status())));
                }
            } while (rows.hasNext());
            audit.record(AuditAction.EXPORT, "enterprise-returning-worker", Long.toString(enterprise.id()),
                    AuditOutcome.SUCCESS, written + " returning workers" + (shown == null ? "" : ", " + shown));
        }
    }

    @GetMapping("/new")
    String newForm(@PathVariable long id, Model model) {
        return showForm(new ReturningWorkerForm(), queries.enterprise(id), null, model);
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute("form") ReturningWorkerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.enterprise(id);
        if (!result.hasErrors()) {
            try {
                ReturningWorkers.Saved saved = workers.add(id, form.toNewReturningWorker());
                flash(saved, redirect);
                return "redirect:/enterprises/" + id + "/returning-workers/" + saved.id();
            } catch (InvalidInputException e) {
                e.rejectInto(result);
            }
        }
        return showForm(form, enterprise, null, model);
    }

    @GetMapping("/import")
    String importForm(@PathVariable long id, Model model) {
        model.addAttribute("enterprise", queries.enterprise(id));
        return "enterprise/returning-import";
    }

    @PostMapping("/import")
    String importWorkers(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            HtmxRequest htmx, Model model) throws IOException {
        model.addAttribute("enterprise", queries.enterprise(id));
        return EnterpriseImportController.upload(file, model,
                htmx.isHtmxRequest() ? "enterprise/returning-import :: outcome" : "enterprise/returning-import",
                in -> workerImport.importWorkers(id, in, file.getOriginalFilename()));
    }

    @GetMapping("/import/template.{extension}")
    void template(@PathVariable long id, @PathVariable String extension, HttpServletResponse response)
            throws IOException {
        queries.enterprise(id);
        TableFormat format;
        try {
            format = TableFormat.ofFileName("x." + extension);
        } catch (TableFormatException e) {
            throw new NotFoundException("template");
        }
        format.prepareDownload(response, "returning-workers-template");
        ReturningWorkerImport.template(format, response.getOutputStream());
    }

    @GetMapping("/{workerId}")
    String show(@PathVariable long id, @PathVariable long workerId, Model model) {
        return showWorker(queries.enterprise(id), workers.worker(id, workerId), model);
    }

    @GetMapping("/{workerId}/edit")
    String edit(@PathVariable long id, @PathVariable long workerId, Model model) {
        ReturningWorkerView worker = workers.worker(id, workerId);
        return showForm(ReturningWorkerForm.of(worker), queries.enterprise(id), worker, model);
    }

    @PostMapping("/{workerId}")
    String update(@PathVariable long id, @PathVariable long workerId,
            @ModelAttribute("form") ReturningWorkerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.enterprise(id);
        if (!result.hasErrors()) {
            try {
                flash(workers.update(id, workerId, form.toNewReturningWorker()), redirect);
                return "redirect:/enterprises/" + id + "/returning-workers/" + workerId;
            } catch (InvalidInputException e) {
                e.rejectInto(result);
            }
        }
        return showForm(form, enterprise, workers.worker(id, workerId), model);
    }

    @PostMapping("/{workerId}/return")
    String recordReturn(@PathVariable long id, @PathVariable long workerId,
            @RequestParam(required = false) String returnDate, @RequestParam(required = false) String transport,
            @RequestParam(required = false) String temperature, @RequestParam(required = false) String symptoms,
            @RequestParam(defaultValue = "false") boolean contactWithCase, Model model,
            RedirectAttributes redirect) {
        WorkerReturn input = new WorkerReturn(returnDate, transport, temperature, symptoms, contactWithCase);
        try {
            flash(workers.recordReturn(id, workerId, input), redirect);
            return "redirect:/enterprises/" + id + "/returning-workers/" + workerId;
        } catch (InvalidInputException e) {
            model.addAttribute("returnErrors", e.violations());
            model.addAttribute("returnInput", input);
            return showWorker(queries.enterprise(id), workers.worker(id, workerId), model);
        }
    }

    @PostMapping("/{workerId}/release")
    String release(@PathVariable long id, @PathVariable long workerId,
            @RequestParam(required = false) String releasedOn, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        ReturningWorkerView worker = workers.worker(id, workerId);
        try {
            workers.release(worker.id(), new WorkerRelease(releasedOn, note));
            redirect.addFlashAttribute("flash", "enterprise.returning.flash.released");
            return "redirect:/enterprises/" + id + "/returning-workers/" + workerId;
        } catch (InvalidInputException e) {
            model.addAttribute("releaseErrors", e.violations());
            model.addAttribute("releasedOn", releasedOn);
            model.addAttribute("releaseNote", note);
            return showWorker(queries.enterprise(id), worker, model);
        }
    }

    private String showWorker(EnterpriseView enterprise, ReturningWorkerView worker, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("worker", worker);
        model.addAttribute("today", workers.today());
        model.addAttribute("mayWrite", workers.mayWrite());
        model.addAttribute("zone", zone);
        if (!model.containsAttribute("returnInput")) {
            model.addAttribute("returnInput", new WorkerReturn(workers.today().toString(), worker.transport(), null,
                    null, worker.contactWithCase()));
        }
        return "enterprise/returning-worker";
    }

    private String showForm(ReturningWorkerForm form, EnterpriseView enterprise, ReturningWorkerView editing,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("editing", editing);
        return "enterprise/returning-worker-form";
    }

    private static void flash(ReturningWorkers.Saved saved, RedirectAttributes redirect) {
        if (saved.quarantineUntil() != null) {
            redirect.addFlashAttribute("flash", "enterprise.returning.flash.quarantine");
            redirect.addFlashAttribute("flashArgs", new Object[] {saved.quarantineUntil().toString()});
        } else {
            redirect.addFlashAttribute("flash", "enterprise.returning.flash.saved");
        }
    }

    static ReturningWorkerStatus status(String status) {
        return Arrays.stream(ReturningWorkerStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
    }

    private static String yes(boolean value) {
        return value ? "是" : "否";
    }

    private static String keyAreaWord(ReturningWorkerView w) {
        if (w.keyArea() == null) {
            return "否";
        }
        return switch (w.keyArea()) {
            case HIGH -> "高风险";
            case MEDIUM -> "中风险";
        };
    }

    private static String statusWord(ReturningWorkerStatus status) {
        return switch (status) {
            case EXPECTED -> "未返岗";
            case BACK -> "已返岗";
            case IN_QUARANTINE -> "隔离中";
            case ENDING_TODAY -> "今日期满";
            case OVERDUE -> "期满未解除";
            case RELEASED -> "已解除隔离";
        };
    }
}
