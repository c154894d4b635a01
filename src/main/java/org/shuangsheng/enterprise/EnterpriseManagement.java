package org.shuangsheng.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
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
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.Uscc;
import org.shuangsheng.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering enterprises, their resumption filing, the task force's check or return of a
 * filing, status changes and cadre pairing. The task force (commander, departments, subdistrict
 * officers) writes within its own subtree; an enterprise's liaison files for its own enterprise
 * only. Every change is audited.
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

    EnterpriseManagement(EnterpriseRepository enterprises, ResumptionFilingRepository filings,
            EnterprisePairingRepository pairings, EnterpriseQueries queries, RegionQueries regions, DataScopes scopes,
            AccountManagement accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            EnterprisePolicy policy) {
        this.enterprises = enterprises;
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
        List<Violation> violations = new ArrayList<>();
        Enterprise.Details details = check(enterprise, violations, writableSubdistrict());
        if (details != null && enterprises.existsByUscc(details.uscc())) {
            violations.add(new Violation("uscc", "enterprise.uscc.taken"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Enterprise saved = enterprises.save(new Enterprise(details, clock.instant()));
        audit.record(AuditAction.CREATE, "enterprise", saved.getId().toString(), AuditOutcome.SUCCESS,
                "subdistrict " + details.subdistrictCode());
        return saved.getId();
    }

    public void update(long id, NewEnterprise enterprise) {
        Enterprise existing = queries.requireEnterprise(id);
        requireTaskForce(existing);
        List<Violation> violations = new ArrayList<>();
        Enterprise.Details details = check(enterprise, violations, writableSubdistrict());
        if (details != null && enterprises.existsByUsccAndIdNot(details.uscc(), id)) {
            violations.add(new Violation("uscc", "enterprise.uscc.taken"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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
        List<Violation> violations = new ArrayList<>();
        if (existing.isPresent() && existing.get().getState() != FilingState.RETURNED) {
            violations.add(new Violation(null, "enterprise.filing.alreadyFiled"));
        } else if (existing.isEmpty() && enterprise.getStatus() != EnterpriseStatus.NOT_FILED) {
            violations.add(new Violation(null, "enterprise.filing.notOpen"));
        }
        ResumptionFiling.Plan plan = check(filing, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate today = LocalDate.now(clock);
        String by = currentUsername();
        ResumptionFiling saved;
        if (existing.isPresent()) {
            saved = existing.get();
            saved.amend(plan, today, clock.instant(), by);
            events.publishEvent(new FilingAmended(enterpriseId, enterprise.getRegionPath(), saved.getAmendments()));
            audit.record(AuditAction.UPDATE, "enterprise-filing", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                    "amended (" + saved.getAmendments() + ")");
        } else {
            saved = filings.save(new ResumptionFiling(enterpriseId, enterprise.getRegionPath(), plan, today,
                    clock.instant(), by));
            audit.record(AuditAction.CREATE, "enterprise-filing", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                    "filed, commitment signed by the enterprise");
        }
        boolean resumes = enterprise.getStatus() == EnterpriseStatus.NOT_FILED;
        enterprise.resume(plan.plannedResumptionDate(), today, clock.instant());
        if (resumes) {
            events.publishEvent(new EnterpriseResumed(enterpriseId, enterprise.getRegionPath(), today));
            audit.record(AuditAction.UPDATE, "enterprise", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                    "resumed on " + today);
        }
        return saved.getId();
    }

    /** The task force returns a filing with reasons; the enterprise stays resumed and amends it. */
    public void returnFiling(long enterpriseId, String reason) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        requireTaskForce(enterprise);
        ResumptionFiling filing = filings.findByEnterpriseId(enterpriseId)
                .orElseThrow(() -> new NotFoundException("filing"));
        String why = text(reason);
        List<Violation> violations = new ArrayList<>();
        if (filing.getState() == FilingState.RETURNED) {
            violations.add(new Violation(null, "enterprise.filing.alreadyReturned"));
        }
        if (why == null) {
            violations.add(new Violation("reason", "enterprise.filing.reason.required"));
        } else if (why.length() > 1000) {
            violations.add(new Violation("reason", "enterprise.text.tooLong", 1000));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        filing.returnWith(why, now, currentUsername());
        events.publishEvent(new FilingReturned(enterpriseId, enterprise.getRegionPath(), why, now));
        audit.record(AuditAction.UPDATE, "enterprise-filing", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                "returned");
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
        audit.record(AuditAction.UPDATE, "enterprise", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                "status " + from + " -> " + to);
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
     * The checked facts of an enterprise, or null with the violations added, named by the
     * fields of {@link NewEnterprise}. Uniqueness of the credit code is the caller's to check.
     */
    static Enterprise.Details check(NewEnterprise e, List<Violation> violations,
            Function<String, RegionView> subdistricts) {
        int before = violations.size();
        String name = line(e.name(), "name", 100, true, violations);
        Uscc uscc = null;
        String usccText = text(e.uscc());
        if (usccText == null) {
            violations.add(new Violation("uscc", "enterprise.uscc.required"));
        } else {
            try {
                uscc = Uscc.parse(usccText);
            } catch (InvalidValueException ex) {
                violations.add(new Violation("uscc", ex.messageKey()));
            }
        }
        Industry industry = Industry.of(e.industry());
        if (industry == null) {
            violations.add(new Violation("industry", text(e.industry()) == null ? "enterprise.industry.required"
                    : "enterprise.industry.unknown"));
        }
        EnterpriseSize size = EnterpriseSize.of(e.size());
        if (size == null) {
            violations.add(new Violation("size", text(e.size()) == null ? "enterprise.size.required"
                    : "enterprise.size.unknown"));
        }
        RegionView subdistrict = null;
        String code = text(e.subdistrictCode());
        if (code == null) {
            violations.add(new Violation("subdistrictCode", "enterprise.subdistrict.required"));
        } else {
            subdistrict = code.length() > 20 ? null : subdistricts.apply(code);
            if (subdistrict == null) {
                violations.add(new Violation("subdistrictCode", "enterprise.subdistrict.unknown",
                        code.length() > 20 ? code.substring(0, 20) + "…" : code));
            }
        }
        String address = line(e.address(), "address", 200, true, violations);
        String legal = line(e.legalRepresentative(), "legalRepresentative", 60, false, violations);
        String liaison = line(e.liaisonName(), "liaisonName", 60, true, violations);
        PhoneNumber phone = phone(e.liaisonPhone(), "liaisonPhone", violations);
        String lead = line(e.preventionLead(), "preventionLead", 60, false, violations);
        if (e.headcount() != null && (e.headcount() < 0 || e.headcount() > 1_000_000)) {
            violations.add(new Violation("headcount", "enterprise.headcount.range"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new Enterprise.Details(name, uscc.value(), industry, size, subdistrict.code(), subdistrict.path(),
                address, legal, liaison, phone, lead, e.headcount(), e.majorProject());
    }

    private ResumptionFiling.Plan check(NewFiling f, List<Violation> violations) {
        int before = violations.size();
        String lead = line(f.preventionLead(), "preventionLead", 60, true, violations);
        PhoneNumber phone = phone(f.preventionLeadPhone(), "preventionLeadPhone", violations);
        String emergencyPlan = paragraph(f.emergencyPlan(), "emergencyPlan", 2000, true, violations);
        String staffScreening = paragraph(f.staffScreening(), "staffScreening", 2000, true, violations);
        if (f.suppliesDays() == null) {
            violations.add(new Violation("suppliesDays", "enterprise.filing.suppliesDays.required"));
        } else if (f.suppliesDays() < MIN_SUPPLIES_DAYS || f.suppliesDays() > 365) {
            violations.add(new Violation("suppliesDays", "enterprise.filing.suppliesDays.min", MIN_SUPPLIES_DAYS));
        }
        if (!Boolean.TRUE.equals(f.isolationRoom())) {
            violations.add(new Violation("isolationRoom", "enterprise.filing.isolationRoom.required"));
        }
        String disinfection = paragraph(f.disinfection(), "disinfection", 1000, true, violations);
        String dining = paragraph(f.dining(), "dining", 1000, false, violations);
        String meetings = paragraph(f.meetings(), "meetings", 1000, false, violations);
        String commuting = paragraph(f.commuting(), "commuting", 1000, false, violations);
        LocalDate today = LocalDate.now(clock);
        LocalDate planned = f.plannedResumptionDate();
        if (planned == null) {
            violations.add(new Violation("plannedResumptionDate", "enterprise.filing.plannedDate.required"));
        } else if (planned.isBefore(today.minusDays(90)) || planned.isAfter(today.plusDays(365))) {
            violations.add(new Violation("plannedResumptionDate", "enterprise.filing.plannedDate.range"));
        }
        String commitment = paragraph(f.commitmentText(), "commitmentText", 4000, false, violations);
        String signatory = line(f.commitmentSignatory(), "commitmentSignatory", 60, true, violations);
        if (!f.commitmentAccepted()) {
            violations.add(new Violation("commitmentAccepted", "enterprise.filing.commitment.notAccepted"));
        }
        if (violations.size() > before) {
            return null;
        }
        return new ResumptionFiling.Plan(lead, phone, emergencyPlan, staffScreening, f.suppliesDays(), true,
                disinfection, dining, meetings, commuting, planned,
                commitment == null ? STANDARD_COMMITMENT : commitment, signatory);
    }

    private void requireTaskForce(Enterprise enterprise) {
        if (!policy.isTaskForceOver(enterprise.getRegionPath())) {
            throw new NotFoundException("enterprise");
        }
    }

    private static PhoneNumber phone(String value, String field, List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            violations.add(new Violation(field, "enterprise.phone.required"));
            return null;
        }
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidValueException e) {
            violations.add(new Violation(field, e.messageKey()));
            return null;
        }
    }

    /** One line of text: stripped, no control characters, at most {@code max} characters. */
    private static String line(String value, String field, int max, boolean required, List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            if (required) {
                violations.add(new Violation(field, "enterprise.text.required"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            violations.add(new Violation(field, "enterprise.text.tooLong", max));
        } else if (TypedText.hasHiddenControls(text)) {
            violations.add(new Violation(field, "enterprise.text.format"));
        }
        return text;
    }

    /** Free text that may hold line breaks, but no other control characters. */
    private static String paragraph(String value, String field, int max, boolean required,
            List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            if (required) {
                violations.add(new Violation(field, "enterprise.text.required"));
            }
            return null;
        }
        if (text.length() > max) {
            violations.add(new Violation(field, "enterprise.text.tooLong", max));
        } else if (TypedText.hasHiddenControls(text, "\n\r\t")) {
            violations.add(new Violation(field, "enterprise.text.format"));
        }
        return text;
    }

    private static String currentUsername() {
        return CurrentUser.scope().map(s -> s.username()).orElse("system");
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
