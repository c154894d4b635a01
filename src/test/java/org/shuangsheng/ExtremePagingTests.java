package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every paged route, read from Spring's handler mapping, asked for the page at the end of the int
 * range and for a negative page: the API answers 400 naming {@code page}, a page shows an empty
 * list; neither is ever a server error ("Page offset exceeds Integer.MAX_VALUE").
 */
@PlatformTest
class ExtremePagingTests {

    /** Who tries a route first: the first of these that is let in does the paging. */
    static final List<Role> TRIERS = List.of(Role.COMMANDER, Role.ADMIN, Role.ENTERPRISE, Role.GRID_WORKER);
    /** Path variables that name real demo records, so a page's handler runs its query. */
    static final Map<String, String> SAMPLES = Map.of("{id}", "1");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    List<String> pagedRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            var methods = entry.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            boolean paged = false;
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                paged |= param != null && ("page".equals(param.value()) || "page".equals(param.name())
                        || param.value().isEmpty() && param.name().isEmpty()
                        && "page".equals(parameter.getParameterName()));
            }
            if (paged) {
                routes.addAll(entry.getKey().getPatternValues());
            }
        }
        return new ArrayList<>(routes);
    }

    @Test
    void theWalkFindsThePagedListsOfEveryModule() {
        assertThat(pagedRoutes()).contains("/api/v1/households", "/households", "/enterprises", "/quarantines",
                "/enterprises/requests", "/users", "/regions", "/api/v1/audit-events");
    }

    @Test
    void aPageNumberAtTheEndOfTheIntRangeIsRefusedByTheApiAndEmptyOnAPage() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String route : pagedRoutes()) {
            String path = route;
            for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
                path = path.replace(sample.getKey(), sample.getValue());
            }
            for (String page : List.of("2147483647", "-1")) {
                MockHttpServletResponse answer = call(path, page);
                if (path.startsWith("/api/")) {
                    boolean namesPage = answer.getStatus() == 400
                            && JsonPath.<List<String>>read(answer.getContentAsString(), "$.errors[*].field")
                                    .contains("page");
                    if (!namesPage) {
                        wrong.add(route + "?page=" + page + " -> " + answer.getStatus());
                    }
                } else if (answer.getStatus() != 200) {
                    wrong.add(route + "?page=" + page + " -> " + answer.getStatus());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse call(String path, String page) throws Exception {
        MockHttpServletResponse answer = null;
        for (Role role : TRIERS) {
            String user = RouteMatrixTests.demoUser(role);
            var request = get(path).param("page", page);
            if (path.startsWith("/api/")) {
                request.accept(MediaType.APPLICATION_JSON).header("Authorization", tokens.bearer(user));
            } else {
                request.accept(MediaType.TEXT_HTML).with(users.as(user));
            }
            answer = mvc.perform(request).andReturn().getResponse();
            if (answer.getStatus() != 401 && answer.getStatus() != 403) {
                return answer;
            }
        }
        return answer;
    }

    @Test
    void aBriefingDownloadWithAPathForADateIsABadRequestNotAServerError() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/briefings/download").param("date", "../../../etc/passwd")
                .param("region", "230506").accept(MediaType.TEXT_HTML).with(users.as("commander")))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getHeader("Content-Disposition")).isNull();
    }
}
