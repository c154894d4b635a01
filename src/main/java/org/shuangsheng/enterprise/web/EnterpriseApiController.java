package org.shuangsheng.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.EnterpriseFilter;
import org.shuangsheng.enterprise.registration.EnterpriseManagement;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseRow;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.enterprise.EnterpriseView;
import org.shuangsheng.enterprise.registration.NewEnterprise;
import org.shuangsheng.enterprise.registration.NewFiling;
import org.shuangsheng.identity.BulkReads;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "enterprises", description = "复工复产 Enterprises and their resumption filings")
class EnterpriseApiController {

    record CommitmentRequest(Boolean accepted, String signatory, String text) {
    }

    /**
     * A filing as the API takes it: the commitment is an object of its own here, where the page
     * and {@link NewFiling} have its three fields flat.
     */
    record FilingRequest(String preventionLead, String preventionLeadPhone, String emergencyPlan,
            String staffScreening, Integer suppliesDays, Boolean isolationRoom, String disinfection, String dining,
            String meetings, String commuting, LocalDate plannedResumptionDate, CommitmentRequest commitment) {
    }

    record Created(long id) {
    }

    private final EnterpriseManagement management;
    private final EnterpriseQueries queries;
    private final BulkReads bulkReads;
    private final AuditLog audit;

    EnterpriseApiController(EnterpriseManagement management, EnterpriseQueries queries, BulkReads bulkReads,
            AuditLog audit) {
        this.management = management;
        this.queries = queries;
        this.bulkReads = bulkReads;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Register an enterprise in a subdistrict of the caller's scope; size defaults to SMALL")
    ResponseEntity<Created> register(@RequestBody NewEnterprise enterprise) {
        long id = management.register(enterprise.smallUnlessSized());
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id)).body(new Created(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An enterprise with its status; the liaison's phone masked")
    EnterpriseView one(@PathVariable long id) {
        return queries.enterprise(id);
    }

    @GetMapping
    @Operation(summary = "Enterprises of the caller's scope; total in X-Total-Count")
    ResponseEntity<List<EnterpriseRow>> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String subdistrictCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        EnterpriseStatus s = null;
        if (status != null && !status.isBlank()) {
            s = Arrays.stream(EnterpriseStatus.values()).filter(v -> v.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "enterprise.status.unknown"));
        }
        Page<EnterpriseRow> rows = queries.enterprises(new EnterpriseFilter(s, subdistrictCode, null, null),
                PageRequest.of(page, size));
        if (bulkReads.isBulk(request)) {
            audit.record(AuditAction.EXPORT, "enterprise", null, AuditOutcome.SUCCESS, "api status="
                    + (s == null ? "" : s) + " subdistrict=" + (subdistrictCode == null ? "" : subdistrictCode)
                    + " page=" + page + " size=" + size + " rows=" + rows.getNumberOfElements());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }

    @PostMapping("/{id}/filings")
    @Operation(summary = "File (or amend a returned filing) for resumption; the enterprise resumes at once")
    ResponseEntity<Created> file(@PathVariable long id, @RequestBody FilingRequest r) {
        CommitmentRequest c = r.commitment() == null ? new CommitmentRequest(false, null, null) : r.commitment();
        long filing = management.fileForResumption(id, new NewFiling(r.preventionLead(), r.preventionLeadPhone(),
                r.emergencyPlan(), r.staffScreening(), r.suppliesDays(), r.isolationRoom(), r.disinfection(),
                r.dining(), r.meetings(), r.commuting(), r.plannedResumptionDate(), c.text(), c.signatory(),
                Boolean.TRUE.equals(c.accepted())));
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id)).body(new Created(filing));
    }
}
