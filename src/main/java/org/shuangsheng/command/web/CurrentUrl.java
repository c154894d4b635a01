package org.shuangsheng.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one parameter changed, so that a filtered list stays
 * filtered from page to page and across a change of language. Templates reach it as {@code url}.
 */
public final class CurrentUrl {

    private final UriComponentsBuilder base;

    CurrentUrl(HttpServletRequest request) {
        this.base = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    public String page(int page) {
        return base.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
    }

    public String with(String name, Object value) {
        return base.cloneBuilder().replaceQueryParam(name, value).replaceQueryParam("page").build().toUriString();
    }
}
