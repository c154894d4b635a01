package org.shuangsheng.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.shuangsheng.enterprise.greenchannel.GreenChannel;
import org.shuangsheng.enterprise.greenchannel.NewServiceRequest;
import org.shuangsheng.enterprise.greenchannel.ServiceCategory;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestFilter;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestView;
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
@Tag(name = "green-channel", description = "绿色通道 Enterprises' service requests routed to departments")
class GreenChannelApiController {

    record Created(long id) {
    }

    private final GreenChannel channel;

    GreenChannelApiController(GreenChannel channel) {
        this.channel = channel;
    }

    @PostMapping("/api/v1/enterprises/{id}/requests")
    @Operation(summary = "The enterprise submits a request: category, description, urgency (NORMAL or URGENT)")
    ResponseEntity<Created> submit(@PathVariable long id, @RequestBody NewServiceRequest request) {
        long saved = channel.submit(id, request);
        return ResponseEntity.created(URI.create("/enterprises/requests/" + saved)).body(new Created(saved));
    }

    @GetMapping("/api/v1/service-requests")
    @Operation(summary = "Requests the caller may see, by status, category, or overdue only")
    ResponseEntity<List<ServiceRequestView>> list(@RequestParam(required = false) ServiceRequestStatus status,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        Page<ServiceRequestView> rows = channel.requests(new ServiceRequestFilter(status, category, overdue),
                PageRequest.of(page, size));
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }

    @PostMapping("/api/v1/service-requests/{id}/accept")
    @Operation(summary = "The routed department accepts a submitted request")
    ServiceRequestView accept(@PathVariable long id) {
        channel.accept(id);
        return channel.request(id);
    }

    @PostMapping("/api/v1/service-requests/{id}/resolve")
    @Operation(summary = "The routed department resolves an accepted request")
    ServiceRequestView resolve(@PathVariable long id) {
        channel.resolve(id);
        return channel.request(id);
    }

    @PostMapping("/api/v1/service-requests/{id}/confirm")
    @Operation(summary = "The enterprise confirms a resolved request")
    ServiceRequestView confirm(@PathVariable long id) {
        channel.confirm(id);
        return channel.request(id);
    }
}
