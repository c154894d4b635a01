package org.shuangsheng.population.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.BulkReads;
import org.shuangsheng.population.HouseholdFilter;
import org.shuangsheng.population.HouseholdRow;
import org.shuangsheng.population.HouseholdView;
import org.shuangsheng.population.NewHousehold;
import org.shuangsheng.population.NewMember;
import org.shuangsheng.population.PopulationManagement;
import org.shuangsheng.population.PopulationQueries;
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
@RequestMapping("/api/v1/households")
@Tag(name = "households", description = "人口 Households and residents")
class HouseholdApiController {

    record HouseholdRequest(String gridCode, String address, String notes, List<MemberRequest> members) {
    }

    record MemberRequest(String name, String idNumber, String phone, String relation, String residentType) {
    }

    record Created(long id) {
    }

    private final PopulationManagement management;
    private final PopulationQueries queries;
    private final BulkReads bulkReads;
    private final AuditLog audit;

    HouseholdApiController(PopulationManagement management, PopulationQueries queries, BulkReads bulkReads,
            AuditLog audit) {
        this.management = management;
        this.queries = queries;
        this.bulkReads = bulkReads;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Register a household with its members in a grid of the caller's scope")
    ResponseEntity<Created> register(@RequestBody HouseholdRequest request) {
        List<NewMember> members = request.members() == null ? List.of() : request.members().stream()
                .map(m -> m == null ? new NewMember(null, null, null, null, null)
                        : new NewMember(m.name(), m.idNumber(), m.phone(), m.relation(), m.residentType()))
                .toList();
        long id = management.register(new NewHousehold(request.gridCode(), request.address(), request.notes(),
                members));
        return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(new Created(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A household with its members; ID numbers and phones masked")
    HouseholdView one(@PathVariable long id) {
        return queries.household(id);
    }

    @GetMapping
    @Operation(summary = "Households of the caller's scope; total in X-Total-Count")
    ResponseEntity<List<HouseholdRow>> list(@RequestParam(required = false) String gridCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        Page<HouseholdRow> rows = queries.households(new HouseholdFilter(gridCode, null, null),
                PageRequest.of(page, size));
        if (bulkReads.isBulk(request)) {
            audit.record(AuditAction.EXPORT, "household", null, AuditOutcome.SUCCESS, "api grid="
                    + (gridCode == null ? "" : gridCode) + " page=" + page + " size=" + size + " rows="
                    + rows.getNumberOfElements());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }
}
