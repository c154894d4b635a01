package org.shuangsheng.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.ScopeMapping;
import org.shuangsheng.identity.ScopedRepository;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.population.ResidentSummary;
import org.shuangsheng.screening.internal.CheckIn;
import org.shuangsheng.screening.internal.CheckInRepository;
import org.shuangsheng.screening.internal.Quarantine;
import org.shuangsheng.screening.internal.QuarantineRepository;
import org.shuangsheng.screening.internal.RiskAssessments;
import org.shuangsheng.shared.Masking;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarantine lists and one order's page, always within the caller's scope (the order carries
 * its household's region path); an order outside it answers 404. Names and addresses come from
 * the population module, which audits the read.
 */
@Service
@Transactional(readOnly = true)
public class QuarantineQueries {

    private final ScopedRepository<Quarantine> quarantines;
    private final CheckInRepository checkIns;
    private final PopulationQueries population;
    private final RegionDirectory regions;
    private final RiskRuleSet ruleSet;
    private final RiskAssessments risks;
    private final Clock clock;
    private final AuditLog audit;

    QuarantineQueries(QuarantineRepository repository, CheckInRepository checkIns, DataScopes scopes,
            PopulationQueries population, RegionDirectory regions, RiskRuleSet ruleSet, RiskAssessments risks,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.quarantines = new ScopedRepository<>(repository,
                ScopeMapping.of(Quarantine.class).regionPath("regionPath"), scopes, "id");
        this.checkIns = checkIns;
        this.population = population;
        this.regions = regions;
        this.ruleSet = ruleSet;
        this.risks = risks;
        this.clock = clock;
    }

    /**
     * The last day whose check-in is due at {@code now}: today once the deadline hour has passed,
     * yesterday before it.
     */
    public static LocalDate checkInDueBy(LocalDateTime now, int deadlineHour) {
        return now.getHour() >= deadlineHour ? now.toLocalDate() : now.toLocalDate().minusDays(1);
    }

    public Page<QuarantineRow> list(QuarantineList list, String regionCode, Pageable pageable) {
        Page<Quarantine> page = quarantines.findAll(specification(list, regionCode),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order(list)));
        Map<Long, ResidentSummary> people = population.residentSummaries(
                page.map(Quarantine::getResidentId).getContent());
        return page.map(q -> row(q, people.get(q.getResidentId())));
    }

    public long count(QuarantineList list, String regionCode) {
        return quarantines.count(specification(list, regionCode));
    }

    /** One order with the person's full name, address and check-ins: a read of the person, audited. */
    public QuarantineView one(long id) {
        Quarantine q = quarantines.require(id);
        audit.record(AuditAction.READ_PERSON, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, null);
        ResidentSummary person = population.residentSummaries(List.of(q.getResidentId())).get(q.getResidentId());
        return new QuarantineView(q.getId(), q.getResidentId(), q.getHouseholdId(),
                person == null ? "" : person.name(), q.getGridCode(), person == null ? "" : person.address(),
                q.getStatus(), q.getType(), q.getPlace(), q.getStartDate(), q.getPlannedEnd(), q.reasonList(),
                risks.levelOf(q.getResidentId()), q.getDecidedBy(), q.getDismissReason(), q.getReleasedOn(),
                q.getReleasedBy(), q.getReleaseNote(),
                checkIns.findByQuarantineIdOrderByCheckDateDesc(id).stream().map(CheckIn::view).toList());
    }

    private static QuarantineRow row(Quarantine q, ResidentSummary person) {
        return new QuarantineRow(q.getId(), q.getResidentId(), person == null ? "" : Masking.name(person.name()),
                q.getGridCode(), person == null ? "" : person.address(), q.getStatus(), q.getType(), q.getPlace(),
                q.getStartDate(), q.getPlannedEnd(), q.getLastCheckIn(), q.getReasons());
    }

    private static Sort order(QuarantineList list) {
        return switch (list) {
            case PROPOSED, CLOSED -> Sort.by(Sort.Direction.DESC, "id");
            default -> Sort.by("plannedEnd", "id");
        };
    }

    private Specification<Quarantine> specification(QuarantineList list, String regionCode) {
        LocalDate today = LocalDate.now(clock);
        List<Specification<Quarantine>> parts = new ArrayList<>();
        QuarantineList which = list == null ? QuarantineList.ACTIVE : list;
        switch (which) {
            case PROPOSED -> parts.add(status(QuarantineStatus.PROPOSED));
            case ACTIVE -> parts.add(status(QuarantineStatus.CONFIRMED));
            case ENDING_TODAY -> {
                parts.add(status(QuarantineStatus.CONFIRMED));
                parts.add((root, query, cb) -> cb.equal(root.get("plannedEnd"), today));
            }
            case OVERDUE -> {
                parts.add(status(QuarantineStatus.CONFIRMED));
                parts.add((root, query, cb) -> cb.lessThan(root.get("plannedEnd"), today));
            }
            case MISSED_CHECK_IN -> {
                LocalDate due = checkInDueBy(LocalDateTime.now(clock), ruleSet.current().checkInDeadlineHour());
                parts.add(status(QuarantineStatus.CONFIRMED));
                parts.add((root, query, cb) -> cb.lessThan(root.get("startDate"), due));
                parts.add((root, query, cb) -> cb.or(cb.isNull(root.get("lastCheckIn")),
                        cb.lessThan(root.get("lastCheckIn"), due)));
            }
            case CLOSED -> parts.add((root, query, cb) -> root.get("status")
                    .in(QuarantineStatus.RELEASED, QuarantineStatus.DISMISSED));
        }
        if (regionCode != null && !regionCode.isBlank()) {
            String path = regions.pathsOf(Set.of(regionCode.strip())).get(regionCode.strip());
            parts.add((root, query, cb) -> path == null ? cb.disjunction()
                    : cb.or(cb.equal(root.get("regionPath"), path), cb.like(root.get("regionPath"), path + "/%")));
        }
        return Specification.allOf(parts);
    }

    private static Specification<Quarantine> status(QuarantineStatus status) {
        return (root, query, cb) -> cb.equal(root.get("status"), status);
    }

    /** For the service that changes orders: the order, or 404 outside the caller's scope. */
    Quarantine require(long id) {
        return quarantines.require(id);
    }
}
