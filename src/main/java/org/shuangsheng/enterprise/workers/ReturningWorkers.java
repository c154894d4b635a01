package org.shuangsheng.enterprise.workers;

import jakarta.validation.Validator;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.DailyReportDeadline;
import org.shuangsheng.enterprise.EnterprisePolicy;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.ReturningWorker;
import org.shuangsheng.enterprise.internal.ReturningWorkerRepository;
import org.shuangsheng.enterprise.internal.ReturnTemperatureValidator;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.ScopeMapping;
import org.shuangsheng.identity.ScopedRepository;
import org.shuangsheng.screening.ArrivalRisk;
import org.shuangsheng.screening.KeyAreaLevel;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Masking;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.IsoDateValidator;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The returning workers (返岗人员) of an enterprise: where they were, when they come back, the
 * health check on return, and the quarantine the screening module's risk rules give them — a
 * worker back from a key area, with a case contact, a fever or symptoms stays in quarantine for
 * the rule set's days from the return date, until a person records the release. Kept to the
 * caller's scope like the enterprise: its liaison, the paired cadre, officials of its subtree;
 * written by the liaison and the officials. Every read of a worker and every change is audited.
 */
@Service
@Transactional
public class ReturningWorkers {

    static final int MAX_NAME = 60;
    static final int MAX_TEXT = 100;
    static final int MAX_SYMPTOMS = 200;
    /** The control characters the free text of a worker may hold. */
    static final String LINE_BREAKS = "\n\r";
    static final String DATE_FORMAT = "enterprise.returning.date.format";
    private static final String OBJECT = "enterprise-returning-worker";

    /** What the rules made of a saved worker. */
    public record Saved(long id, KeyAreaLevel keyArea, LocalDate quarantineUntil) {
    }

    private final ReturningWorkerRepository repository;
    private final ScopedRepository<ReturningWorker> workers;
    private final EnterpriseQueries queries;
    private final ArrivalRisk risk;
    private final PersonalDataCipher cipher;
    private final DailyReportDeadline deadline;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;

    ReturningWorkers(ReturningWorkerRepository repository, EnterpriseQueries queries, ArrivalRisk risk,
            PersonalDataCipher cipher, DailyReportDeadline deadline, JdbcTemplate jdbc, DataScopes scopes,
            AuditLog audit, Clock clock, Validator validator) {
        this.repository = repository;
        this.validator = validator;
        this.workers = new ScopedRepository<>(repository, ScopeMapping.of(ReturningWorker.class)
                .regionPath("regionPath").enterprise("enterpriseId")
                .paired(cadre -> (root, query, cb) -> EnterpriseQueries.pairedTo(cadre, root.get("enterpriseId"),
                        query, cb)), scopes, "id");
        this.queries = queries;
        this.risk = risk;
        this.cipher = cipher;
        this.deadline = deadline;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a worker to an enterprise of the caller's scope. */
    public Saved add(long enterpriseId, NewReturningWorker input) {
        Enterprise enterprise = writable(enterpriseId);
        ReturningWorker saved = repository.save(draft(enterprise, check(input, enterpriseId, null)));
        return audited(AuditAction.CREATE, saved);
    }

    /** Changes a worker; the key area and quarantine end are worked out again with the rules in force. */
    public Saved update(long enterpriseId, long id, NewReturningWorker input) {
        writable(enterpriseId);
        ReturningWorker worker = require(enterpriseId, id);
        ReturningWorker.Details details = check(input, enterpriseId, worker);
        return save(worker, details);
    }

    /** Records the return: the day, how they came, and the health check at the door if made. */
    public Saved recordReturn(long enterpriseId, long id, WorkerReturn input) {
        writable(enterpriseId);
        ReturningWorker worker = require(enterpriseId, id);
        ReturningWorker.Details d = worker.details();
        Violations violations = Violations.of(validator, input);
        ReturningWorker.Details changed = new ReturningWorker.Details(d.name(), d.idNumber(), d.idNumberHash(),
                d.phone(), d.phoneHash(), d.origin(), d.expectedReturnDate(),
                IsoDateValidator.parse(input.returnDate()), TypedText.stripped(input.transport()),
                input.contactWithCase() == null ? d.contactWithCase() : input.contactWithCase(),
                ReturnTemperatureValidator.parse(input.temperature()), TypedText.stripped(input.symptoms()),
                d.reportedToCommunity());
        checkReturn(changed, violations);
        violations.throwIfAny();
        return save(worker, changed);
    }

    private Saved save(ReturningWorker worker, ReturningWorker.Details details) {
        Rated rated = rate(details);
        worker.change(details, rated.keyArea(), rated.quarantineUntil(), username(), clock.instant());
        return audited(AuditAction.UPDATE, worker);
    }

    /** Audits the change without personal data: the enterprise, the key area and the quarantine end. */
    private Saved audited(AuditAction action, ReturningWorker worker) {
        audit.record(action, OBJECT, Long.toString(worker.getId()), AuditOutcome.SUCCESS,
                "enterprise " + worker.getEnterpriseId()
                        + (worker.getKeyArea() == null ? "" : ", key area " + worker.getKeyArea())
                        + (worker.getQuarantineUntil() == null ? "" : ", quarantine until "
                                + worker.getQuarantineUntil()));
        return new Saved(worker.getId(), worker.getKeyArea(), worker.getQuarantineUntil());
    }

    /**
     * Records the release (解除隔离) of a worker in quarantine on a day not after today; a release
     * before the planned end needs a note saying why.
     */
    public void release(long id, WorkerRelease input) {
        ReturningWorker worker = workers.require(id);
        writable(worker.getEnterpriseId());
        if (worker.getQuarantineUntil() == null || worker.getReleasedOn() != null) {
            throw new InvalidInputException(null, "enterprise.returning.release.notInQuarantine");
        }
        Violations violations = Violations.of(validator, input);
        LocalDate on = IsoDateValidator.parse(input.releasedOn());
        if (on != null && on.isAfter(today())) {
            violations.add("releasedOn", "enterprise.returning.date.future");
        } else if (on != null && on.isBefore(worker.getReturnDate())) {
            violations.add("releasedOn", "enterprise.returning.releasedOn.beforeReturn");
        }
        String why = TypedText.stripped(input.note());
        if (on != null && on.isBefore(worker.getQuarantineUntil()) && why == null) {
            violations.add("note", "enterprise.returning.release.noteRequired", worker.getQuarantineUntil());
        }
        violations.throwIfAny();
        worker.release(on, why, username(), clock.instant());
        audit.record(AuditAction.UPDATE, OBJECT, Long.toString(id), AuditOutcome.SUCCESS,
                "released on " + on + (on.isBefore(worker.getQuarantineUntil()) ? ", early" : ""));
    }

    /** One worker of the enterprise, whole name; the read is audited. */
    @Transactional(readOnly = true)
    public ReturningWorkerView worker(long enterpriseId, long id) {
        ReturningWorker worker = require(enterpriseId, id);
        audit.record(AuditAction.READ_PERSON, OBJECT, Long.toString(id), AuditOutcome.SUCCESS, null);
        return view(worker, false, today());
    }

    /** The enterprise's workers in this state (all when null), masked, those due back or out first. */
    @Transactional(readOnly = true)
    public Page<ReturningWorkerView> list(long enterpriseId, ReturningWorkerStatus status, Pageable pageable) {
        queries.requireEnterprise(enterpriseId);
        LocalDate today = today();
        Specification<ReturningWorker> spec = (root, query, cb) -> cb.equal(root.get("enterpriseId"), enterpriseId);
        spec = spec.and(filter(status, today));
        return workers.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.asc("quarantineUntil").nullsLast(), Sort.Order.asc("expectedReturnDate"),
                        Sort.Order.asc("id")))).map(w -> view(w, true, today));
    }

    /** Counted in the database for the daily report form of an enterprise of the caller's scope. */
    @Transactional(readOnly = true)
    public ReturningWorkerCounts counts(long enterpriseId) {
        queries.requireEnterprise(enterpriseId);
        LocalDate today = today();
        int lookback = risk.rules().lookbackDays();
        Date day = Date.valueOf(today);
        return jdbc.queryForObject("SELECT"
                + " COALESCE(SUM(CASE WHEN return_date = ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN key_area IS NOT NULL AND return_date <= ? AND (return_date >= ?"
                + " OR (quarantine_until >= ? AND released_on IS NULL)) THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN quarantine_until IS NOT NULL AND released_on IS NULL"
                + " AND return_date <= ? THEN 1 ELSE 0 END), 0)"
                + " FROM enterprise_returning_worker WHERE enterprise_id = ?",
                (rs, n) -> new ReturningWorkerCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                day, day, Date.valueOf(today.minusDays(lookback)), day, day, enterpriseId);
    }

    /** Whether the caller may add, change and release workers of an enterprise it sees. */
    public boolean mayWrite() {
        return EnterprisePolicy.WORKER_WRITERS.allowsCurrentUser();
    }

    public LocalDate today() {
        return deadline.today(clock);
    }

    static Specification<ReturningWorker> filter(ReturningWorkerStatus status, LocalDate today) {
        if (status == null) {
            return (root, query, cb) -> cb.conjunction();
        }
        return (root, query, cb) -> switch (status) {
            case EXPECTED -> cb.isNull(root.get("returnDate"));
            case BACK -> cb.isNotNull(root.get("returnDate"));
            case IN_QUARANTINE -> cb.and(cb.isNotNull(root.get("quarantineUntil")), cb.isNull(root.get("releasedOn")));
            case ENDING_TODAY -> cb.and(cb.equal(root.get("quarantineUntil"), today),
                    cb.isNull(root.get("releasedOn")));
            case OVERDUE -> cb.and(cb.lessThan(root.get("quarantineUntil"), today), cb.isNull(root.get("releasedOn")));
            case RELEASED -> cb.isNotNull(root.get("releasedOn"));
        };
    }

    Enterprise writable(long enterpriseId) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        if (!mayWrite()) {
            throw new NotFoundException("enterprise");
        }
        return enterprise;
    }

    private ReturningWorker require(long enterpriseId, long id) {
        ReturningWorker worker = workers.require(id);
        if (worker.getEnterpriseId() != enterpriseId) {
            throw new NotFoundException("returning worker");
        }
        return worker;
    }

    private record Rated(KeyAreaLevel keyArea, LocalDate quarantineUntil) {
    }

    /** A new worker of the enterprise, rated by the rules in force, not yet saved (for the import). */
    ReturningWorker draft(Enterprise enterprise, ReturningWorker.Details details) {
        Rated rated = rate(details);
        return new ReturningWorker(enterprise.getId(), enterprise.getRegionPath(), details, rated.keyArea(),
                rated.quarantineUntil(), username(), clock.instant());
    }

    /**
     * The key area on the day of return (the expected day, or today, while the worker is away),
     * and a quarantine from the return day when the rules call for one.
     */
    private Rated rate(ReturningWorker.Details d) {
        LocalDate day = d.returnDate() != null ? d.returnDate()
                : d.expectedReturnDate() != null ? d.expectedReturnDate() : today();
        ArrivalRisk.Assessment assessment = risk.assess(d.origin(), day, day);
        return new Rated(assessment.keyArea(), ReturningWorker.quarantineUntil(d, assessment));
    }

    /**
     * The input checked; when editing, a blank ID number or phone keeps the one on record (pages
     * show them masked).
     *
     * @throws InvalidInputException naming every bad field
     */
    ReturningWorker.Details check(NewReturningWorker input, long enterpriseId, ReturningWorker existing) {
        Violations violations = Violations.of(validator, input);
        ResidentIdNumber idNumber = null;
        String idHash = null;
        String idText = TypedText.stripped(input.idNumber());
        if (idText == null && existing != null) {
            idNumber = existing.details().idNumber();
            // Hashed anew rather than copied: the update writes the number under the suite of new
            // writes, and its hash must be of the same suite.
            idHash = cipher.idNumberHash(idNumber);
        } else if (idText == null) {
            violations.add("idNumber", "enterprise.returning.idNumber.required");
        } else if (!violations.refused("idNumber")) {
            idNumber = ResidentIdNumber.parse(idText, clock);
            idHash = cipher.idNumberHash(idNumber);
            var same = repository.findByEnterpriseIdAndIdNumberHashIn(enterpriseId, cipher.idNumberHashes(idNumber));
            if (same.stream().anyMatch(other -> existing == null || !other.getId().equals(existing.getId()))) {
                violations.add("idNumber", "enterprise.returning.idNumber.registered");
            }
        }
        String phoneText = TypedText.stripped(input.phone());
        PhoneNumber phone = existing == null ? null : existing.getPhone();
        if (phoneText != null && !violations.refused("phone")) {
            phone = PhoneNumber.parse(phoneText);
        }
        LocalDate expected = IsoDateValidator.parse(input.expectedReturnDate());
        LocalDate returned = IsoDateValidator.parse(input.returnDate());
        if (expected == null && returned == null && !violations.refused("expectedReturnDate")
                && !violations.refused("returnDate")) {
            violations.add("expectedReturnDate", "enterprise.returning.expectedReturnDate.required");
        }
        ReturningWorker.Details details = new ReturningWorker.Details(TypedText.stripped(input.name()), idNumber,
                idHash, phone, phone == null ? null : cipher.phoneHash(phone), TypedText.stripped(input.origin()),
                expected, returned, TypedText.stripped(input.transport()), Boolean.TRUE.equals(input.contactWithCase()),
                ReturnTemperatureValidator.parse(input.temperature()), TypedText.stripped(input.symptoms()),
                Boolean.TRUE.equals(input.reportedToCommunity()));
        checkReturn(details, violations);
        violations.throwIfAny();
        return details;
    }

    /** A return day not in the future, and a health check only once the worker is back. */
    private void checkReturn(ReturningWorker.Details d, Violations violations) {
        if (d.returnDate() != null && d.returnDate().isAfter(today())) {
            violations.add("returnDate", "enterprise.returning.date.future");
        }
        if (d.returnDate() == null && (d.temperature() != null || d.symptoms() != null)
                && !violations.refused("returnDate")) {
            violations.add("returnDate", "enterprise.returning.returnDate.requiredForCheck");
        }
    }

    static ReturningWorkerView view(ReturningWorker w, boolean masked, LocalDate today) {
        return new ReturningWorkerView(w.getId(), w.getEnterpriseId(), masked ? Masking.name(w.getName())
                : w.getName(), w.getIdNumber().masked(), w.getPhone() == null ? null : w.getPhone().masked(),
                w.getOrigin(), w.getExpectedReturnDate(), w.getReturnDate(), w.getTransport(), w.getKeyArea(),
                w.isContactWithCase(), w.getTemperature(), w.getSymptoms(), w.isReportedToCommunity(),
                w.getQuarantineUntil(), w.getReleasedOn(), w.getReleasedBy(), w.getReleaseNote(), status(w, today),
                w.getUpdatedBy(), w.getUpdatedAt());
    }

    static ReturningWorkerStatus status(ReturningWorker w, LocalDate today) {
        if (w.getReturnDate() == null) {
            return ReturningWorkerStatus.EXPECTED;
        }
        if (w.getReleasedOn() != null) {
            return ReturningWorkerStatus.RELEASED;
        }
        if (w.getQuarantineUntil() == null) {
            return ReturningWorkerStatus.BACK;
        }
        int compared = w.getQuarantineUntil().compareTo(today);
        return compared > 0 ? ReturningWorkerStatus.IN_QUARANTINE
                : compared == 0 ? ReturningWorkerStatus.ENDING_TODAY : ReturningWorkerStatus.OVERDUE;
    }

    private static String username() {
        return CurrentUser.scope().map(Scope::username).orElse("system");
    }
}
