package org.shuangsheng.command.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The navigation's badges alone, so a page left open on a duty desk shows new alerts and
 * messages without a reload: the layout asks for them every minute and whenever an alert
 * changes on the page ({@code alerts-changed}).
 */
@Controller
class BadgeController {

    @GetMapping("/badges")
    String badges() {
        return "layout/main :: badges";
    }
}
