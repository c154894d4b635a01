package org.shuangsheng.command.web;

import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between dashboard pages that keep the chosen day and the wall-screen mode, and leave
 * out what is at its default, so that "today" stays today on a screen left open overnight.
 */
public record DashboardLinks(LocalDate date, boolean wall) {

    /** The dashboard of a region. */
    public String region(String code) {
        return build(code, date, wall);
    }

    /** The same region in the other mode (wall screen or ordinary page). */
    public String toggleWall(String code) {
        return build(code, date, !wall);
    }

    private static String build(String code, LocalDate date, boolean wall) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/dashboard").queryParam("region", code);
        if (date != null) {
            link.queryParam("date", date);
        }
        if (wall) {
            link.queryParam("wall", true);
        }
        return link.encode().build().toUriString();
    }
}
