package org.shuangsheng.enterprise.registration;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.EnterprisePolicy;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseSize;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.enterprise.EnterpriseStatusChanged;
import org.shuangsheng.enterprise.FilingState;
import org.shuangsheng.enterprise.Industry;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.EnterprisePairing;
import org.shuangsheng.enterprise.internal.EnterprisePairingRepository;
import org.shuangsheng.enterprise.internal.EnterpriseRepository;
import org.shuangsheng.enterprise.internal.ResumptionFiling;
import org.shuangsheng.enterprise.internal.ResumptionFilingRepository;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Role;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.Uscc;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering enterprises, their resumption filing, the task force's check or return of a
 * filing, status changes and cadre pairing. The task force (commander, departments, subdistrict
 * officers) writes within its own subtree; an enterprise's liaison files for its own enterprise
 * only. Every change is audited: here, or for the steps that publish an event (amending,
 * returning, resuming, a status change) by the enterprise module's {@code RegistrationAudit}.
 */
@Service
@Transactional
public class EnterpriseManagement {

    /** The commitment (承诺书) an enterprise accepts when it files, unless it types its own. */
    public static final String STANDARD_COMMITMENT = "本企业承诺：严格落实疫情防控主体责任，建立防控组织和应急预案；"
            + "对全体员工逐人排查近14天行程和健康状况；储备不少于3天的口罩、体温计和消毒用品；设置临时隔离室；"
            + "每班次测温、每日消杀；分餐错峰就餐，减少聚集性会议；发现异常立即报告并配合处置。"
            + "如有瞒报、漏报或未落实防控措施，愿承担相应责任。";

    static final int MIN_SUPPLIES_DAYS = 3;

    private final EnterpriseRepository enterprises;
    private final ResumptionFilingRepository filings;
    private final EnterprisePairingRepository pairings;
    private final EnterpriseQueries queries;
    private final RegionQueries regions;
    private final DataScopes scopes;
    private final AccountManagement accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EnterprisePolicy policy;
    private final Validator validator;

    /** Why the task force returns a filing; the length is all that was ever limited. */
    private record FilingReturn(@NotBlankText(message = "enterprise.filing.reason.required")
            @PlainText(max = 1000, refuseHiddenControls = false, message = "enterprise.text.tooLong") String reason) {
    }

    EnterpriseManagement(EnterpriseRepository enterprises, ResumptionFilingRepository filings,
            EnterprisePairingRepository pairings, EnterpriseQueries queries, RegionQueries regions, DataScopes scopes,
            AccountManagement accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            EnterprisePolicy policy, Validator validator) {
        this.enterprises = enterprises;
        this.validator = validator;
        this.policy = policy;
        this.filings = filings;
        this.pairings = pairings;
        this.queries = queries;
        this.regions = regions;
        this.scopes = scopes;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public long register(NewEnterprise enterprise) {
        Checked checked = check(validator, enterprise, writableSubdistrict());
        if (checked.violations().isEmpty() && enterprises.existsByUscc(checked.details().uscc())) {
            checked.violations().add("uscc", "enterprise.uscc.taken");
        }
        checked.violations().throwIfAny();
        Enterprise.Details details = checked.details();
        Enterprise saved = enterprises.save(new Enterprise(details, clock.instant()));
        audit.record(AuditAction.CREATE, "enterprise", saved.getId().toString(), AuditOutcome.SUCCESS,
                "subdistrict " + details.subdistrictCode());
        return saved.getId();
    }

    public void update(long id, NewEnterprise enterprise) {
        Enterprise existing = queries.requireEnterprise(id);
        requireTaskForce(existing);
        Checked checked = check(validator, enterprise, writableSubdistrict());
        if (checked.violations().isEmpty() && enterprises.existsByUsccAndIdNot(checked.details().uscc(), id)) {
            checked.violations().add("uscc", "enterprise.uscc.taken");
        }
        checked.violations().throwIfAny();
        Enterprise.Details details = checked.details();
        existing.apply(details, clock.instant());
        filings.findByEnterpriseId(id).ifPresent(f -> f.moveTo(details.regionPath()));
        audit.record(AuditAction.UPDATE, "enterprise", Long.toString(id), AuditOutcome.SUCCESS,
                "subdistrict " + details.subdistrictCode());
    }

    /**
     * Files the enterprise's plan and commitment. A first filing resumes the enterprise at once,
     * dated today in the district's zone, and puts the filing on the task force's post-check
     * list; a returned filing is amended the same way and goes back on the list. The liaison
     * files for its own enterprise; the task force may file for one in its subtree.
     */
    public long fileForResumption(long enterpriseId, NewFiling filing) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        if (!policy.mayFileFor(enterpriseId, enterprise.getRegionPath())) {
            throw new NotFoundException("enterprise");
        }
        Optional<ResumptionFiling> existing = filings.findByEnterpriseId(enterpriseId);
        Violations violations = Violations.of(validator, filing);
        if (existing.isPresent() && existing.get().getState() != FilingState.RETURNED) {
            violations.add(null, "enterprise.filing.alreadyFiled");
        } else if (existing.isEmpty() && enterprise.getStatus() != EnterpriseStatus.NOT_FILED) {
            violations.add(null, "enterprise.filing.notOpen");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate planned = filing.plannedResumptionDate();
        if (planned != null && (planned.isBefore(today.minusDays(90)) || planned.isAfter(today.plusDays(365)))) {
            violations.add("plannedResumptionDate", "enterprise.filing.plannedDate.range");
        }
        violations.throwIfAny();
        ResumptionFiling.Plan plan = plan(filing);
        String by = currentUsername();
        ResumptionFiling saved;
        if (existing.isPresent()) {
            saved = existing.get();
            saved.amend(plan, today, clock.instant(), by);
            events.publishEvent(new FilingAmended(enterpriseId, enterprise.getRegionPath(), saved.getAmendments()));
        } else {
            // A first filing publishes no event of its own (EnterpriseResumed follows), so it is audited here.
            saved = filings.save(new ResumptionFiling(enterpriseId, enterprise.getRegionPath(), plan, today,
                    clock.instant(), by));
            audit.record(AuditAction.CREATE, "enterprise-filing", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                    "filed, commitment signed by the enterprise");
        }
        boolean resumes = enterprise.getStatus() == EnterpriseStatus.NOT_FILED;
        enterprise.resume(plan.plannedResumptionDate(), today, clock.instant());
        if (resumes) {
            events.publishEvent(new EnterpriseResumed(enterpriseId, enterprise.getRegionPath(), today));
        }
        return saved.getId();
    }

    /** The task force returns a filing with reasons; the enterprise stays resumed and amends it. */
    public void returnFiling(long enterpriseId, String reason) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        ResumptionFiling filing = filings.findByEnterpriseId(enterpriseId)
                .orElseThrow(() -> new NotFoundException("filing"));
        Violations violations = Violations.of(validator, new FilingReturn(reason));
        if (filing.getState() == FilingState.RETURNED) {
            violations.add(null, "enterprise.filing.alreadyReturned");
        }
        violations.throwIfAny();
        String why = TypedText.stripped(reason);
        Instant now = clock.instant();
        filing.returnWith(why, now, currentUsername());
        events.publishEvent(new FilingReturned(enterpriseId, enterprise.getRegionPath(), why, now));
    }

    /** The task force checked the filing afterwards and found it in order: off the post-check list. */
    public void checkFiling(long enterpriseId) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        ResumptionFiling filing = filings.findByEnterpriseId(enterpriseId)
                .orElseThrow(() -> new NotFoundException("filing"));
        if (filing.getState() != FilingState.SUBMITTED) {
            throw new InvalidInputException(null, "enterprise.filing.notSubmitted");
        }
        filing.check(clock.instant(), currentUsername());
        audit.record(AuditAction.UPDATE, "enterprise-filing", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                "checked");
    }

    /**
     * Suspends, closes or reinstates an enterprise. Only an enterprise that has filed can be
     * reinstated to RESUMED; NOT_FILED is reached by no change, only by registering.
     */
    public void changeStatus(long enterpriseId, EnterpriseStatus to) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        EnterpriseStatus from = enterprise.getStatus();
        if (to == null || to == EnterpriseStatus.NOT_FILED
                || to == EnterpriseStatus.RESUMED && filings.findByEnterpriseId(enterpriseId).isEmpty()) {
            throw new InvalidInputException("status", "enterprise.status.notAllowed");
        }
        if (from == to) {
            return;
        }
        enterprise.changeStatus(to, clock.instant());
        events.publishEvent(new EnterpriseStatusChanged(enterpriseId, enterprise.getRegionPath(), from, to));
    }

    /** Pairs a cadre (包保干部) with an enterprise of the task force's subtree; answers the cadre's username. */
    public String pair(long enterpriseId, String cadreUsername) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        AccountView cadre = accounts.findEnabled(cadreUsername).filter(a -> a.role() == Role.CADRE)
                .orElseThrow(() -> new InvalidInputException("cadre", "enterprise.pairing.noCadre",
                        cadreUsername == null ? "" : cadreUsername.strip()));
        if (!pairings.existsByCadreUserIdAndEnterpriseId(cadre.id(), enterpriseId)) {
            pairings.save(new EnterprisePairing(cadre.id(), enterpriseId, clock.instant(), currentUsername()));
        }
        audit.record(AuditAction.UPDATE, "enterprise", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                "paired with " + cadre.username());
        return cadre.username();
    }

    /** Ends a pairing; at once the cadre no longer sees the enterprise. Answers the cadre's username. */
    public String unpair(long enterpriseId, long pairingId) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        EnterprisePairing pairing = pairings.findById(pairingId).filter(p -> p.getEnterpriseId() == enterpriseId)
                .orElseThrow(() -> new NotFoundException("pairing"));
        String cadre = accounts.require(pairing.getCadreUserId()).username();
        pairings.delete(pairing);
        audit.record(AuditAction.UPDATE, "enterprise", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                "unpaired from " + cadre);
        return cadre;
    }

    /**
     * Creates the liaison's ENTERPRISE account, bound to this enterprise, with a temporary
     * password to hand over once; the liaison must change it at first sign-in.
     */
    public AccountManagement.Issued issueLiaisonAccount(long enterpriseId, String username) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        AccountForm form = new AccountForm();
        form.setUsername(username);
        String display = enterprise.getLiaisonName() + "（" + enterprise.getName() + "）";
        form.setDisplayName(display.length() > 60 ? enterprise.getLiaisonName() : display);
        form.setRole(Role.ENTERPRISE);
        form.setEnterpriseId(Long.toString(enterpriseId));
        AccountManagement.Issued issued = accounts.create(form);
        audit.record(AuditAction.UPDATE, "enterprise", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                "liaison account " + issued.account().username());
        return issued;
    }

    /** Subdistricts (街道/乡镇) of the caller's subtree by code; one outside reads as unknown. */
    Function<String, RegionView> writableSubdistrict() {
        DataScope scope = scopes.current();
        return code -> regions.find(code).filter(r -> r.level() == RegionLevel.SUBDISTRICT && !r.retired())
                .filter(r -> scope instanceof DataScope.Regions covered && covered.covers(r.path())).orElse(null);
    }

    /**
     * An enterprise as typed, checked: its violations, named by the fields of {@link NewEnterprise},
     * and its facts when it has none. Whether the credit code is taken is the caller's to check.
     */
    record Checked(Enterprise.Details details, Violations violations) {
    }

    static Checked check(Validator validator, NewEnterprise e, Function<String, RegionView> subdistricts) {
        Violations violations = Violations.of(validator, e);
        RegionView subdistrict = null;
        if (!violations.refused("subdistrictCode")) {
            String code = TypedText.stripped(e.subdistrictCode());
            subdistrict = code.length() > 20 ? null : subdistricts.apply(code);
            if (subdistrict == null) {
                violations.add("subdistrictCode", "enterprise.subdistrict.unknown",
                        code.length() > 20 ? code.substring(0, 20) + "…" : code);
            }
        }
        if (!violations.isEmpty()) {
            return new Checked(null, violations);
        }
        return new Checked(new Enterprise.Details(TypedText.stripped(e.name()),
                Uscc.parse(TypedText.stripped(e.uscc())).value(), Industry.of(e.industry()),
                EnterpriseSize.of(e.size()), subdistrict.code(), subdistrict.path(), TypedText.stripped(e.address()),
                TypedText.stripped(e.legalRepresentative()), TypedText.stripped(e.liaisonName()),
                PhoneNumber.parse(TypedText.stripped(e.liaisonPhone())), TypedText.stripped(e.preventionLead()),
                e.headcount(), Boolean.TRUE.equals(e.majorProject())), violations);
    }

    /** The plan of a filing whose constraints and rules held. */
    private static ResumptionFiling.Plan plan(NewFiling f) {
        String commitment = TypedText.stripped(f.commitmentText());
        return new ResumptionFiling.Plan(TypedText.stripped(f.preventionLead()),
                PhoneNumber.parse(TypedText.stripped(f.preventionLeadPhone())), TypedText.stripped(f.emergencyPlan()),
                TypedText.stripped(f.staffScreening()), f.suppliesDays(), true, TypedText.stripped(f.disinfection()),
                TypedText.stripped(f.dining()), TypedText.stripped(f.meetings()), TypedText.stripped(f.commuting()),
                f.plannedResumptionDate(), commitment == null ? STANDARD_COMMITMENT : commitment,
                TypedText.stripped(f.commitmentSignatory()));
    }

    private void requireTaskForce(Enterprise enterprise) {
        if (!policy.isTaskForceOver(enterprise.getRegionPath())) {
            throw new NotFoundException("enterprise");
        }
    }

    private static String currentUsername() {
        return CurrentUser.scope().map(s -> s.username()).orElse("system");
    }
}
