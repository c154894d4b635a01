package org.shuangsheng.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.notification.NotificationQueries;
import org.shuangsheng.notification.NotificationView;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications", description = "站内通知 The caller's in-app messages")
class NotificationApiController {

    private final NotificationQueries queries;

    NotificationApiController(NotificationQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The caller's messages (its own and its role's broadcasts), newest first;"
            + " total in X-Total-Count")
    ResponseEntity<List<NotificationView>> list(
            @Parameter(description = "true: only the unread") @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(NotificationQueries.MAX_PAGE_SIZE) int size) {
        Scope me = NotificationController.me();
        Page<NotificationView> messages = queries.inbox(me, unread, PageRequest.of(page, size));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(messages.getTotalElements()))
                .body(messages.getContent());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's messages; 404 for any other")
    NotificationView get(@PathVariable long id) {
        Scope me = NotificationController.me();
        return queries.get(me, id);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Marks one of the caller's messages read; 404 for any other")
    ResponseEntity<Void> markRead(@PathVariable long id) {
        Scope me = NotificationController.me();
        queries.markRead(me, id);
        return ResponseEntity.noContent().build();
    }
}
