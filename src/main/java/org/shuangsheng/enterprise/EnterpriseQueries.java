package org.shuangsheng.enterprise;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.EnterprisePairing;
import org.shuangsheng.enterprise.internal.EnterprisePairingRepository;
import org.shuangsheng.enterprise.internal.EnterpriseRepository;
import org.shuangsheng.enterprise.internal.ResumptionFiling;
import org.shuangsheng.enterprise.internal.ResumptionFilingRepository;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.ScopeMapping;
import org.shuangsheng.identity.ScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of enterprises and their filings, always within the caller's scope: a liaison its own
 * enterprise, a cadre the enterprises paired to it, officials their subtree. Anything outside
 * answers 404 or is simply not in the list.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseQueries {

    private final ScopedRepository<Enterprise> enterprises;
    private final ScopedRepository<ResumptionFiling> filings;
    private final ResumptionFilingRepository filingRepository;
    private final EnterprisePairingRepository pairings;
    private final AccountManagement accounts;

    EnterpriseQueries(EnterpriseRepository enterprises, ResumptionFilingRepository filings,
            EnterprisePairingRepository pairings, AccountManagement accounts, DataScopes scopes) {
        this.enterprises = new ScopedRepository<>(enterprises, ScopeMapping.of(Enterprise.class)
                .regionPath("regionPath").enterprise("id")
                .paired(cadre -> (root, query, cb) -> pairedTo(cadre, root.get("id"), query, cb)), scopes, "id");
        this.filings = new ScopedRepository<>(filings, ScopeMapping.of(ResumptionFiling.class)
                .regionPath("regionPath").enterprise("enterpriseId")
                .paired(cadre -> (root, query, cb) -> pairedTo(cadre, root.get("enterpriseId"), query, cb)), scopes,
                "id");
        this.filingRepository = filings;
        this.pairings = pairings;
        this.accounts = accounts;
    }

    /** The cadre-pairing scope, shared with the returning workers' scoped repository. */
    public static Predicate pairedTo(long cadre, Expression<Long> enterpriseId, CommonAbstractCriteria query,
            CriteriaBuilder cb) {
        Subquery<Long> paired = query.subquery(Long.class);
        var pairing = paired.from(EnterprisePairing.class);
        paired.select(pairing.get("enterpriseId")).where(cb.equal(pairing.get("cadreUserId"), cadre));
        return enterpriseId.in(paired);
    }

    public Page<EnterpriseRow> enterprises(EnterpriseFilter filter, Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("subdistrictCode", "name", "id");
        return enterprises.findAll(specification(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)).map(EnterpriseQueries::row);
    }

    /** The resumption timetable: planned and actual dates, the latest planned first. */
    public Page<EnterpriseRow> timetable(EnterpriseFilter filter, Pageable pageable) {
        return enterprises(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("plannedResumptionDate").nullsLast(), Sort.Order.asc("name"),
                        Sort.Order.asc("id"))));
    }

    public long count(EnterpriseFilter filter) {
        return enterprises.count(specification(filter));
    }

    public EnterpriseView enterprise(long id) {
        Enterprise e = requireEnterprise(id);
        return new EnterpriseView(e.getId(), e.getName(), e.getUscc(), e.getIndustry(), e.getSize(),
                e.getSubdistrictCode(), e.getAddress(), e.getLegalRepresentative(), e.getLiaisonName(),
                e.getLiaisonPhone().masked(), e.getPreventionLead(), e.getHeadcount(), e.isMajorProject(),
                e.getStatus(), e.getPlannedResumptionDate(), e.getResumedOn(), e.getNextReviewDue());
    }

    /** The enterprise's filing, if it filed; the enterprise must be in scope (404 otherwise). */
    public Optional<FilingView> filing(long enterpriseId) {
        requireEnterprise(enterpriseId);
        return filingRepository.findByEnterpriseId(enterpriseId).map(EnterpriseQueries::view);
    }

    /**
     * Filings awaiting the task force's check (filed or amended), or returned and awaiting the
     * enterprise's amendment, oldest first.
     */
    public Page<PostCheckRow> postCheck(FilingState state, Pageable pageable) {
        Page<ResumptionFiling> page = filings.findAll((root, query, cb) -> cb.equal(root.get("state"), state),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("filedAt", "id")));
        Map<Long, Enterprise> byId = new HashMap<>();
        List<Long> ids = page.stream().map(ResumptionFiling::getEnterpriseId).toList();
        if (!ids.isEmpty()) {
            enterprises.findAll((root, query, cb) -> root.get("id").in(ids), Sort.by("id"))
                    .forEach(e -> byId.put(e.getId(), e));
        }
        List<PostCheckRow> rows = page.stream().filter(f -> byId.containsKey(f.getEnterpriseId())).map(f -> {
            Enterprise e = byId.get(f.getEnterpriseId());
            return new PostCheckRow(e.getId(), e.getName(), e.getSubdistrictCode(), f.getState(), f.getFiledAt(),
                    f.getAmendments(), f.getPlannedResumptionDate(), e.getResumedOn());
        }).toList();
        return new PageImpl<>(rows, page.getPageable(), page.getTotalElements());
    }

    /** The cadres paired with an enterprise of the caller's scope. */
    public List<PairingView> pairings(long enterpriseId) {
        requireEnterprise(enterpriseId);
        return pairings.findByEnterpriseIdOrderById(enterpriseId).stream().map(p -> {
            AccountView cadre = accounts.require(p.getCadreUserId());
            return new PairingView(p.getId(), cadre.username(), cadre.displayName(), p.getCreatedAt(),
                    p.getCreatedBy());
        }).toList();
    }

    /** Resumed enterprises whose five-day review falls due on or before today (or before it only), oldest first. */
    public Page<ReviewDueRow> reviewsDue(java.time.LocalDate today, boolean overdueOnly, Pageable pageable) {
        Specification<Enterprise> due = (root, query, cb) -> cb.and(
                cb.equal(root.get("status"), EnterpriseStatus.RESUMED),
                overdueOnly ? cb.lessThan(root.get("nextReviewDue"), today)
                        : cb.lessThanOrEqualTo(root.get("nextReviewDue"), today));
        return enterprises.findAll(due, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("nextReviewDue", "id"))).map(e -> new ReviewDueRow(e.getId(), e.getName(),
                        e.getSubdistrictCode(), e.getResumedOn(), e.getNextReviewDue(),
                        FiveDayReviewSchedule.isOverdue(e.getNextReviewDue(), today)));
    }

    /**
     * Scoped lookup for writes: an enterprise outside the scope is not found. Public for the module's
     * job packages (registration, reporting, green channel, workers); it hands out the entity, so
     * other modules must not call it.
     */
    public Enterprise requireEnterprise(long id) {
        return enterprises.require(id);
    }

    static EnterpriseRow row(Enterprise e) {
        return new EnterpriseRow(e.getId(), e.getName(), e.getUscc(), e.getIndustry(), e.getSize(),
                e.getSubdistrictCode(), e.getLiaisonName(), e.getLiaisonPhone().masked(), e.isMajorProject(),
                e.getStatus(), e.getPlannedResumptionDate(), e.getResumedOn());
    }

    private static FilingView view(ResumptionFiling f) {
        return new FilingView(f.getId(), f.getEnterpriseId(), f.getState(), f.getPreventionLead(),
                f.getPreventionLeadPhone().masked(), f.getEmergencyPlan(), f.getStaffScreening(), f.getSuppliesDays(),
                f.isIsolationRoom(), f.getDisinfection(), f.getDining(), f.getMeetings(), f.getCommuting(),
                f.getPlannedResumptionDate(), f.getCommitmentText(), f.getCommitmentSignatory(),
                f.getCommitmentDate(), f.getFiledAt(), f.getFiledBy(), f.getReturnReason(), f.getReturnedAt(),
                f.getReturnedBy(), f.getAmendments(), f.getCheckedAt(), f.getCheckedBy());
    }

    private static Specification<Enterprise> specification(EnterpriseFilter filter) {
        Specification<Enterprise> spec = (root, query, cb) -> cb.conjunction();
        if (filter == null) {
            return spec;
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.industry() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("industry"), filter.industry()));
        }
        if (filter.subdistrictCode() != null && !filter.subdistrictCode().isBlank()) {
            String code = filter.subdistrictCode().strip();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("subdistrictCode"), code));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
                    cb.equal(root.get("uscc"), filter.text().strip().toUpperCase(Locale.ROOT))));
        }
        return spec;
    }
}
