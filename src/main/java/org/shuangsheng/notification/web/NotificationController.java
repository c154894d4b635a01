package org.shuangsheng.notification.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxTrigger;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.notification.NotificationQueries;
import org.shuangsheng.notification.NotificationView;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's inbox: its own messages and those broadcast to its role, newest first,
 * optionally only the unread; one message; marking one or all read. A change answers
 * {@code HX-Trigger: notifications-changed} so that the bell's badge can refresh itself.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    static final int PAGE_SIZE = 20;
    static final String CHANGED = "notifications-changed";

    private final NotificationQueries queries;
    private final RegionDirectory regions;
    private final ZoneId zone;

    NotificationController(NotificationQueries queries, RegionDirectory regions, Clock clock) {
        this.regions = regions;
        this.queries = queries;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        Scope me = me();
        Page<NotificationView> messages = queries.inbox(me, unread,
                PageRequest.of(Paging.page(page), PAGE_SIZE));
        model.addAttribute("messages", messages);
        model.addAttribute("unread", unread);
        model.addAttribute("unreadCount", queries.unreadCount(me));
        model.addAttribute("zone", zone);
        return htmx.isHtmxRequest() ? "notification/list :: results" : "notification/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Scope me = me();
        NotificationView message = queries.get(me, id);
        model.addAttribute("message", message);
        // A region by its names, as people call it; its path only when the tree no longer has it.
        model.addAttribute("place", message.regionPath() == null ? null
                : regions.placesOf(List.of(message.regionPath())).getOrDefault(message.regionPath(),
                        message.regionPath()));
        model.addAttribute("zone", zone);
        return "notification/show";
    }

    @PostMapping("/{id}/read")
    @HxTrigger(CHANGED)
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page) {
        Scope me = me();
        queries.markRead(me, id);
        return "redirect:/notifications?unread=" + unread + "&page=" + Math.max(page, 0);
    }

    @PostMapping("/read-all")
    @HxTrigger(CHANGED)
    String markAllRead() {
        Scope me = me();
        queries.markAllRead(me);
        return "redirect:/notifications";
    }

    static Scope me() {
        return CurrentUser.scope().orElseThrow(() -> new NotFoundException("notifications"));
    }
}
