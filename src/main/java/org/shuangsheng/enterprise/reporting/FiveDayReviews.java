package org.shuangsheng.enterprise.reporting;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.DailyReportDeadline;
import org.shuangsheng.enterprise.EnterprisePolicy;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.enterprise.FiveDayReviewSchedule;
import org.shuangsheng.enterprise.ReviewDueRow;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.enterprise.internal.FiveDayReview;
import org.shuangsheng.enterprise.internal.FiveDayReviewRepository;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five-day reviews (五日一复核): the cadre paired with a resumed enterprise records the checklist
 * with pass, or rectify by a date; the next review falls due five days later
 * ({@link FiveDayReviewSchedule}). Lists of reviews due and overdue within the caller's scope.
 */
@Service
@Transactional
public class FiveDayReviews {

    static final int MAX_RECTIFY_DAYS = 30;

    private final FiveDayReviewRepository reviews;
    private final EnterpriseQueries queries;
    private final DailyReportDeadline deadline;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;

    FiveDayReviews(FiveDayReviewRepository reviews, EnterpriseQueries queries, DailyReportDeadline deadline,
            AuditLog audit, Clock clock, Validator validator) {
        this.reviews = reviews;
        this.validator = validator;
        this.queries = queries;
        this.deadline = deadline;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records today's review (the district's date) by the paired cadre. */
    public long record(long enterpriseId, NewReview review) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        if (!EnterprisePolicy.REVIEWERS.allowsCurrentUser()) {
            throw new NotFoundException("enterprise");
        }
        LocalDate today = deadline.today(clock);
        Violations violations = Violations.of(validator, review);
        if (enterprise.getStatus() != EnterpriseStatus.RESUMED) {
            violations.add(null, "enterprise.review.notResumed");
        }
        FiveDayReview.Checklist checklist = new FiveDayReview.Checklist(review.recordsKept(),
                review.temperatureChecks(), review.disinfection(), review.supplies(), review.isolationRoom(),
                review.returningWorkerChecks());
        boolean allInPlace = review.recordsKept() && review.temperatureChecks() && review.disinfection()
                && review.supplies() && review.isolationRoom() && review.returningWorkerChecks();
        ReviewOutcome outcome = violations.refused("outcome") ? null
                : ReviewOutcome.valueOf(TypedText.stripped(review.outcome()));
        if (outcome == ReviewOutcome.PASS && !allInPlace) {
            violations.add("outcome", "enterprise.review.passNeedsAll");
        } else if (outcome == ReviewOutcome.RECTIFY && (review.rectifyBy() == null
                || !review.rectifyBy().isAfter(today) || review.rectifyBy().isAfter(today.plusDays(MAX_RECTIFY_DAYS)))) {
            violations.add("rectifyBy", "enterprise.review.rectifyBy.range", MAX_RECTIFY_DAYS);
        }
        String notes = TypedText.stripped(review.notes());
        if (outcome == ReviewOutcome.RECTIFY && notes == null) {
            violations.add("notes", "enterprise.review.notes.required");
        }
        violations.throwIfAny();
        String by = CurrentUser.scope().map(s -> s.username()).orElse("system");
        LocalDate due = enterprise.getNextReviewDue() != null ? enterprise.getNextReviewDue()
                : FiveDayReviewSchedule.nextDue(enterprise.getResumedOn(), null);
        FiveDayReview saved = reviews.save(new FiveDayReview(enterpriseId, enterprise.getRegionPath(), today, due,
                checklist, outcome, outcome == ReviewOutcome.RECTIFY ? review.rectifyBy() : null, notes, by,
                clock.instant()));
        enterprise.reviewed(today, clock.instant());
        audit.record(AuditAction.CREATE, "enterprise-review", Long.toString(enterpriseId), AuditOutcome.SUCCESS,
                outcome + (FiveDayReviewSchedule.isOverdue(due, today) ? ", overdue since " + due : ""));
        return saved.getId();
    }

    @Transactional(readOnly = true)
    public List<ReviewView> recent(long enterpriseId) {
        queries.requireEnterprise(enterpriseId);
        return reviews.findTop10ByEnterpriseIdOrderByReviewDateDescIdDesc(enterpriseId).stream().map(r -> {
            FiveDayReview.Checklist c = r.checklist();
            return new ReviewView(r.getId(), r.getEnterpriseId(), r.getReviewDate(), r.getDueDate(), c.recordsKept(),
                    c.temperatureChecks(), c.disinfection(), c.supplies(), c.isolationRoom(),
                    c.returningWorkerChecks(), r.getOutcome(), r.getRectifyBy(), r.getNotes(), r.getReviewedBy());
        }).toList();
    }

    /** Resumed enterprises of the caller's scope whose review is due today or overdue (or overdue only). */
    @Transactional(readOnly = true)
    public Page<ReviewDueRow> due(boolean overdueOnly, Pageable pageable) {
        return queries.reviewsDue(deadline.today(clock), overdueOnly, pageable);
    }

    public LocalDate today() {
        return deadline.today(clock);
    }
}
