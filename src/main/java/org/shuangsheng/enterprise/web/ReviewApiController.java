package org.shuangsheng.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.shuangsheng.enterprise.reporting.FiveDayReviews;
import org.shuangsheng.enterprise.reporting.NewReview;
import org.shuangsheng.enterprise.ReviewDueRow;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "enterprise-reviews", description = "五日一复核 Five-day reviews of resumed enterprises")
class ReviewApiController {

    record Created(long id) {
    }

    private final FiveDayReviews reviews;

    ReviewApiController(FiveDayReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/api/v1/enterprises/{id}/reviews")
    @Operation(summary = "The paired cadre records today's five-day review: PASS, or RECTIFY with rectifyBy")
    ResponseEntity<Created> record(@PathVariable long id, @RequestBody NewReview review) {
        long saved = reviews.record(id, review);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id)).body(new Created(saved));
    }

    @GetMapping("/api/v1/enterprise-reviews")
    @Operation(summary = "Enterprises of the caller's scope with a review due (list=due) or overdue (list=overdue)")
    ResponseEntity<List<ReviewDueRow>> due(@RequestParam(defaultValue = "due") String list,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        Page<ReviewDueRow> rows = reviews.due("overdue".equalsIgnoreCase(list), PageRequest.of(page, size));
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }
}
