package org.shuangsheng.identity.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.shuangsheng.identity.AccountApprovals;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountGrantView;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.internal.AccountImport;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableFormatException;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** Account administration for the system administrator: no residents' data anywhere here. */
@Controller
@RequestMapping("/users")
class UserAdminController {

    static final int PAGE_SIZE = 50;

    private final AccountManagement accounts;
    private final AccountApprovals approvals;
    private final AccountImport accountImport;
    private final java.time.ZoneId zone;

    UserAdminController(AccountManagement accounts, AccountApprovals approvals, AccountImport accountImport,
            java.time.Clock clock) {
        this.accounts = accounts;
        this.approvals = approvals;
        this.accountImport = accountImport;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        Page<AccountView> users = accounts.search(q, role, enabled,
                PageRequest.of(Paging.page(page), PAGE_SIZE, Sort.by("username")));
        model.addAttribute("users", users);
        Map<Long, AccountGrantView> pending = approvals.pendingFor(users.map(AccountView::id).getContent());
        model.addAttribute("pending", pending);
        model.addAttribute("decidable", GrantController.decidable(pending.values()));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("roles", Role.values());
        return htmx.isHtmxRequest() ? "identity/users :: results" : "identity/users";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, HttpServletResponse response) throws IOException {
        TableFormat.XLSX.prepareDownload(response, "users");
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet("用户").header(List.of("用户名", "姓名", "角色", "部门", "区划编码", "企业ID", "卡口ID", "状态"));
            Page<AccountView> page;
            int number = 0;
            do {
                page = accounts.search(q, role, enabled, PageRequest.of(number++, 1000, Sort.by("username")));
                for (AccountView user : page) {
                    writer.row(Arrays.asList(user.username(), user.displayName(), user.role().name(),
                            user.department(), String.join(",", user.regionCodes().stream().sorted().toList()),
                            user.enterpriseId(), user.checkpointId(), user.enabled() ? "ENABLED" : "DISABLED"));
                }
            } while (page.hasNext());
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return showForm(new AccountForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return showForm(form, null, model);
        }
        try {
            AccountManagement.Issued issued = accounts.create(form);
            model.addAttribute("issued", List.of(issued));
            return "identity/issued";
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountView user = accounts.require(id);
        AccountForm form = new AccountForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setRole(user.role());
        form.setDepartment(user.department());
        form.setRegionCodes(String.join("\n", user.regionCodes().stream().sorted().toList()));
        form.setEnterpriseId(user.enterpriseId() == null ? null : user.enterpriseId().toString());
        form.setCheckpointId(user.checkpointId() == null ? null : user.checkpointId().toString());
        return showForm(form, user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AccountView user = accounts.require(id);
        form.setUsername(user.username());
        try {
            accounts.update(id, form);
            redirect.addFlashAttribute("flash", approvals.pendingFor(id).isPresent() ? "account.flash.savedPending"
                    : "account.flash.saved");
            redirect.addFlashAttribute("flashArgs", new Object[] {user.username()});
            return "redirect:/users/" + id;
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, user, model);
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect, Model model) {
        AccountView user = accounts.require(id);
        try {
            accounts.disable(id);
            redirect.addFlashAttribute("flash", "account.flash.disabled");
            redirect.addFlashAttribute("flashArgs", new Object[] {user.username()});
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", e.violations().get(0).args());
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            AccountView user = accounts.enable(id);
            redirect.addFlashAttribute("flash", "account.flash.enabled");
            redirect.addFlashAttribute("flashArgs", new Object[] {user.username()});
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", e.violations().get(0).args());
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        model.addAttribute("issued", List.of(accounts.resetPassword(id)));
        return "identity/issued";
    }

    @GetMapping("/import")
    String importForm() {
        return "identity/import";
    }

    @GetMapping("/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        TableFormat.XLSX.prepareDownload(response, "用户导入模板");
        TableWriter.importTemplate(TableFormat.XLSX, response.getOutputStream(), "用户", AccountImport.COLUMNS,
                AccountImport.EXAMPLES);
    }

    @PostMapping("/import")
    String importUsers(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "import.noFile");
            return "identity/import";
        }
        AccountImport.Result result;
        try (InputStream in = file.getInputStream()) {
            result = accountImport.importTable(in, file.getOriginalFilename());
        } catch (TableFormatException e) {
            model.addAttribute("fileError", e.messageKey());
            model.addAttribute("fileErrorArgs", e.args());
            return "identity/import";
        }
        if (!result.errors().isEmpty()) {
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("result", result);
            return "identity/import";
        }
        model.addAttribute("issued", result.issued());
        return "identity/issued";
    }

    private String showForm(AccountForm form, AccountView user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        AccountGrantView grant = user == null ? null : approvals.pendingFor(user.id()).orElse(null);
        model.addAttribute("grant", grant);
        model.addAttribute("decidable", grant == null ? java.util.Set.of() : GrantController.decidable(List.of(grant)));
        model.addAttribute("zone", zone);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", Department.values());
        return "identity/user";
    }
}
