package org.shuangsheng.enterprise.greenchannel;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.EnterprisePolicy;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.EnterpriseRepository;
import org.shuangsheng.enterprise.internal.ServiceRequest;
import org.shuangsheng.enterprise.internal.ServiceRequestComment;
import org.shuangsheng.enterprise.internal.ServiceRequestCommentRepository;
import org.shuangsheng.enterprise.internal.ServiceRequestRepository;
import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.ScopeMapping;
import org.shuangsheng.identity.ScopedRepository;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Masking;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Green-channel (绿色通道) requests: an enterprise asks for help, the request is routed by its
 * category to a department, which accepts and resolves it before the response deadline (default
 * 24 hours, {@code shuangsheng.enterprise.green-channel-response}; an urgent request 4 hours,
 * {@code shuangsheng.enterprise.urgent-request-hours}); the enterprise confirms.
 * An enterprise reaches only its own requests, a department the requests routed to it within
 * its regions, the commander all, a subdistrict officer its subtree; anything else is 404. The
 * commander and the subdistrict may submit for an enterprise and, like the routed department,
 * accept and resolve. Descriptions and comments are free text: a mobile or ID number typed into
 * them is shown masked.
 */
@Service
@Transactional
public class GreenChannel {

    static final int MAX_TEXT = 1000;

    private final ServiceRequestRepository requestRepository;
    private final ScopedRepository<ServiceRequest> requests;
    private final ServiceRequestCommentRepository comments;
    private final EnterpriseRepository enterpriseRepository;
    private final EnterpriseQueries queries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration response;
    private final Duration urgentResponse;
    private final Validator validator;

    /** A comment as typed; like a request's description, only its length was ever limited. */
    private record NewComment(@NotBlankText(message = "enterprise.request.text.required")
            @PlainText(max = MAX_TEXT, refuseHiddenControls = false, message = "enterprise.text.tooLong") String text) {
    }

    GreenChannel(ServiceRequestRepository requestRepository, ServiceRequestCommentRepository comments,
            EnterpriseRepository enterpriseRepository, EnterpriseQueries queries, DataScopes scopes, AuditLog audit,
            ApplicationEventPublisher events, Clock clock,
            @Value("${shuangsheng.enterprise.green-channel-response:PT24H}") Duration response,
            @Value("${shuangsheng.enterprise.urgent-request-hours:4}") long urgentHours, Validator validator) {
        this.requestRepository = requestRepository;
        this.validator = validator;
        this.requests = new ScopedRepository<>(requestRepository, ScopeMapping.of(ServiceRequest.class)
                .regionPath("regionPath").enterprise("enterpriseId"), scopes, "id");
        this.comments = comments;
        this.enterpriseRepository = enterpriseRepository;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.response = response;
        this.urgentResponse = Duration.ofHours(urgentHours);
    }

    /**
     * The enterprise's liaison submits a request for its own enterprise, or the task force
     * (the commander, the subdistrict of the enterprise) submits it on the enterprise's behalf:
     * it is recorded as submitted by that official and is the enterprise's request all the same.
     */
    public long submit(long enterpriseId, NewServiceRequest request) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        if (!EnterprisePolicy.REQUESTERS.allowsCurrentUser()) {
            throw new NotFoundException("enterprise");
        }
        Violations.of(validator, request).throwIfAny();
        ServiceCategory category = ServiceCategory.valueOf(TypedText.stripped(request.category()));
        String urgencyName = TypedText.stripped(request.urgency());
        ServiceUrgency urgency = urgencyName == null ? ServiceUrgency.NORMAL : ServiceUrgency.valueOf(urgencyName);
        String description = TypedText.stripped(request.description());
        Instant now = clock.instant();
        ServiceRequest saved = requestRepository.save(new ServiceRequest(enterpriseId, enterprise.getRegionPath(),
                category, description, urgency, now, username(),
                now.plus(urgency == ServiceUrgency.URGENT ? urgentResponse : response)));
        events.publishEvent(new ServiceRequestSubmitted(saved.getId(), enterpriseId, enterprise.getRegionPath(),
                category, urgency, saved.getDepartment(), saved.getDeadline()));
        return saved.getId();
    }

    /**
     * The routed department, the commander, or the subdistrict of the enterprise (which handles
     * local water, power and heating matters itself) accepts a submitted request.
     */
    public void accept(long id) {
        ServiceRequest request = move(id, ServiceRequestStatus.SUBMITTED, ServiceRequestStatus.ACCEPTED,
                EnterprisePolicy.REQUEST_HANDLERS, "enterprise.request.notSubmitted");
        events.publishEvent(new ServiceRequestAccepted(id, request.getEnterpriseId(), request.getRegionPath(),
                request.getCategory(), request.getDepartment()));
    }

    /** Whoever may accept a request resolves it once accepted. */
    public void resolve(long id) {
        ServiceRequest request = move(id, ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.RESOLVED,
                EnterprisePolicy.REQUEST_HANDLERS, "enterprise.request.notAccepted");
        events.publishEvent(new ServiceRequestResolved(id, request.getEnterpriseId(), request.getRegionPath(),
                request.getCategory(), request.getDepartment()));
    }

    /** The enterprise confirms a resolved request. */
    public void confirm(long id) {
        move(id, ServiceRequestStatus.RESOLVED, ServiceRequestStatus.CONFIRMED, EnterprisePolicy.LIAISON,
                "enterprise.request.notResolved");
        // No event marks a confirmation, so it is audited here; the other steps by ServiceRequestAudit.
        audit.record(AuditAction.UPDATE, "enterprise-request", Long.toString(id), AuditOutcome.SUCCESS,
                ServiceRequestStatus.RESOLVED + " -> " + ServiceRequestStatus.CONFIRMED);
    }

    private ServiceRequest move(long id, ServiceRequestStatus from, ServiceRequestStatus to, AccessRule rule,
            String wrongStatusKey) {
        ServiceRequest request = require(id);
        if (!rule.allowsCurrentUser()) {
            throw new NotFoundException("service request");
        }
        if (request.getStatus() != from) {
            throw new InvalidInputException(null, wrongStatusKey);
        }
        request.moveTo(to, clock.instant());
        return request;
    }

    /** Anyone who may see the request comments on it. */
    public void comment(long id, String text) {
        require(id);
        Violations.of(validator, new NewComment(text)).throwIfAny();
        String body = TypedText.stripped(text);
        comments.save(new ServiceRequestComment(id, username(), clock.instant(), body));
        audit.record(AuditAction.CREATE, "enterprise-request-comment", Long.toString(id), AuditOutcome.SUCCESS,
                null);
    }

    /** The statuses the caller may move this request to now: the buttons on its page. */
    @Transactional(readOnly = true)
    public List<ServiceRequestStatus> nextSteps(ServiceRequestView request) {
        boolean official = EnterprisePolicy.REQUEST_HANDLERS.allowsCurrentUser();
        return switch (request.status()) {
            case SUBMITTED -> official ? List.of(ServiceRequestStatus.ACCEPTED) : List.of();
            case ACCEPTED -> official ? List.of(ServiceRequestStatus.RESOLVED) : List.of();
            case RESOLVED -> EnterprisePolicy.LIAISON.allowsCurrentUser() ? List.of(ServiceRequestStatus.CONFIRMED)
                    : List.of();
            case CONFIRMED -> List.of();
        };
    }

    @Transactional(readOnly = true)
    public ServiceRequestView request(long id) {
        ServiceRequest request = require(id);
        List<ServiceRequestView.Comment> thread = comments.findByRequestIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(c -> new ServiceRequestView.Comment(c.getAuthor(), c.getCreatedAt(), Masking.inText(c.getText())))
                .toList();
        return view(request, names(List.of(request)), thread);
    }

    /** Requests of the caller's reach, the most urgent deadline first. */
    @Transactional(readOnly = true)
    public Page<ServiceRequestView> requests(ServiceRequestFilter filter, Pageable pageable) {
        Instant now = clock.instant();
        Specification<ServiceRequest> spec = (root, query, cb) -> cb.conjunction();
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.category() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), filter.category()));
        }
        if (filter.overdueOnly()) {
            spec = spec.and((root, query, cb) -> cb.and(root.get("status").in(ServiceRequestStatus.OPEN),
                    cb.lessThan(root.get("deadline"), now)));
        }
        Page<ServiceRequest> page = requests.findAll(spec.and(routedToCaller()), PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by("deadline", "id")));
        Map<Long, String> names = names(page.getContent());
        return page.map(r -> view(r, names, List.of()));
    }

    public Instant now() {
        return clock.instant();
    }

    private ServiceRequest require(long id) {
        return requests.findAll(routedToCaller().and((root, query, cb) -> cb.equal(root.get("id"), id)),
                Sort.by("id")).stream().findFirst().orElseThrow(() -> new NotFoundException("service request"));
    }

    /** A department account reaches only the requests routed to its department. */
    private static Specification<ServiceRequest> routedToCaller() {
        if (role() != Role.DEPARTMENT) {
            return (root, query, cb) -> cb.conjunction();
        }
        Set<Department> departments = departments();
        return (root, query, cb) -> departments.isEmpty() ? cb.disjunction()
                : root.get("department").in(departments);
    }

    private static Set<Department> departments() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return java.util.Arrays.stream(Department.values()).filter(d -> authorities.contains(d.authority()))
                .collect(Collectors.toSet());
    }

    private Map<Long, String> names(List<ServiceRequest> page) {
        Map<Long, String> names = new HashMap<>();
        enterpriseRepository.findAllById(page.stream().map(ServiceRequest::getEnterpriseId).distinct().toList())
                .forEach(e -> names.put(e.getId(), e.getName()));
        return names;
    }

    private ServiceRequestView view(ServiceRequest r, Map<Long, String> names,
            List<ServiceRequestView.Comment> thread) {
        return new ServiceRequestView(r.getId(), r.getEnterpriseId(), names.get(r.getEnterpriseId()),
                r.getCategory(), Masking.inText(r.getDescription()), r.getUrgency(), r.getDepartment(), r.getStatus(),
                r.getSubmittedAt(), r.getSubmittedBy(), r.getDeadline(), r.getAcceptedAt(), r.getResolvedAt(),
                r.getConfirmedAt(), r.getStatus().isOverdue(r.getDeadline(), clock.instant()), thread);
    }

    private static Role role() {
        return CurrentUser.scope().map(Scope::role).orElse(null);
    }

    private static String username() {
        return CurrentUser.scope().map(Scope::username).orElse("system");
    }
}
