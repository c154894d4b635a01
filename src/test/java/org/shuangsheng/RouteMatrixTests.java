package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.internal.ApiTokens;
import org.shuangsheng.identity.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from Spring's handler mapping, tried by every role and
 * by nobody. Each route must have a line in {@link #EXPECTED}: a route added without deciding
 * who may use it fails here, and so does a rule that lets the wrong role in or keeps the
 * right one out.
 */
@PlatformTest
class RouteMatrixTests {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> PUBLIC = null;
    static final Set<Role> REGION_READERS = EnumSet.of(Role.COMMANDER, Role.ADMIN, Role.SUBDISTRICT_OFFICER,
            Role.DEPARTMENT);
    static final Set<Role> REGION_EDITORS = EnumSet.of(Role.COMMANDER, Role.ADMIN);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> SECOND_FACTOR = EnumSet.of(Role.COMMANDER, Role.ADMIN);
    static final Set<Role> POPULATION_READERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.GRID_WORKER, Role.CADRE);
    static final Set<Role> POPULATION_WRITERS = EnumSet.of(Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER);
    static final Set<Role> COMMANDER = EnumSet.of(Role.COMMANDER);
    static final Set<Role> GRANT_DECIDERS = EnumSet.of(Role.COMMANDER, Role.ADMIN);
    static final Set<Role> DASHBOARD = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER);
    /** Key areas and risk rules: read by officials and grid workers; written by the commander and health. */
    static final Set<Role> RULE_READERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.GRID_WORKER);
    static final Set<Role> RULE_WRITERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT);
    /** Quarantines: DEPARTMENT here is the health department's demo account (weijian). */
    static final Set<Role> QUARANTINE_READERS = RULE_READERS;
    static final Set<Role> QUARANTINE_DECIDERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER);
    static final Set<Role> CHECK_IN = EnumSet.of(Role.GRID_WORKER);
    static final Set<Role> SCREENING_READERS = POPULATION_READERS;
    static final Set<Role> ROUND_OPENERS = EnumSet.of(Role.COMMANDER, Role.SUBDISTRICT_OFFICER);
    static final Set<Role> VISITORS = EnumSet.of(Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER, Role.CADRE);
    /** Enterprises: read by officials, paired cadres and the liaison; written by the resumption task force. */
    static final Set<Role> ENTERPRISE_READERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.CADRE, Role.ENTERPRISE);
    static final Set<Role> TASK_FORCE = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER);
    static final Set<Role> REVIEW_READERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.CADRE);
    static final Set<Role> FILERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.ENTERPRISE);

    /** Returning workers hold health data: among departments only health (weijian) reads them. */
    static final Set<Role> RETURNING_READERS = EnumSet.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.CADRE, Role.ENTERPRISE);
    static final Set<Role> RETURNING_WRITERS = EnumSet.of(Role.COMMANDER, Role.SUBDISTRICT_OFFICER, Role.ENTERPRISE);

    /** Who may use each route; {@code PUBLIC} (null) means anyone, signed in or not. */
    static final Map<String, Set<Role>> EXPECTED = new TreeMap<>();

    static {
        EXPECTED.put("GET /", ALL);
        EXPECTED.put("GET /login", PUBLIC);
        EXPECTED.put("GET /error", PUBLIC);
        EXPECTED.put("GET /account/password", ALL);
        EXPECTED.put("POST /account/password", ALL);
        EXPECTED.put("GET /login/totp", ALL);
        EXPECTED.put("POST /login/totp", ALL);
        EXPECTED.put("GET /account/totp", SECOND_FACTOR);
        EXPECTED.put("POST /account/totp/confirm", SECOND_FACTOR);
        EXPECTED.put("POST /account/totp/remove", SECOND_FACTOR);
        EXPECTED.put("GET /households", POPULATION_READERS);
        EXPECTED.put("GET /households/export", POPULATION_READERS);
        EXPECTED.put("POST /households/search", POPULATION_READERS);
        EXPECTED.put("GET /households/{id}", POPULATION_READERS);
        EXPECTED.put("GET /households/new", POPULATION_WRITERS);
        EXPECTED.put("POST /households", POPULATION_WRITERS);
        EXPECTED.put("GET /households/import", POPULATION_WRITERS);
        EXPECTED.put("GET /households/import/template.{extension}", POPULATION_WRITERS);
        EXPECTED.put("POST /households/import", POPULATION_WRITERS);
        EXPECTED.put("POST /api/v1/households/import", POPULATION_WRITERS);
        EXPECTED.put("POST /households/{id}/members", POPULATION_WRITERS);
        EXPECTED.put("POST /households/{id}/move", POPULATION_WRITERS);
        EXPECTED.put("POST /households/{id}/pairing", EnumSet.of(Role.SUBDISTRICT_OFFICER));
        EXPECTED.put("POST /households/pairings", EnumSet.of(Role.SUBDISTRICT_OFFICER));
        EXPECTED.put("POST /households/{id}/pairings/{pairingId}/remove", EnumSet.of(Role.SUBDISTRICT_OFFICER));
        EXPECTED.put("DELETE /api/v1/pairings/{id}", EnumSet.of(Role.SUBDISTRICT_OFFICER));
        EXPECTED.put("GET /households/{id}/move-targets", POPULATION_WRITERS);
        EXPECTED.put("POST /households/{id}/residents/move", POPULATION_WRITERS);
        EXPECTED.put("POST /api/v1/residents/{id}/move", POPULATION_WRITERS);
        EXPECTED.put("POST /households/{id}/residents/{residentId}/reveal", POPULATION_READERS);
        EXPECTED.put("GET /api/v1/households", POPULATION_READERS);
        EXPECTED.put("GET /api/v1/households/{id}", POPULATION_READERS);
        EXPECTED.put("POST /api/v1/households", POPULATION_WRITERS);
        EXPECTED.put("GET /regions", REGION_READERS);
        EXPECTED.put("GET /regions/new", REGION_READERS);
        EXPECTED.put("GET /regions/{code}", REGION_READERS);
        EXPECTED.put("GET /regions/export", REGION_READERS);
        EXPECTED.put("GET /regions/import", REGION_EDITORS);
        EXPECTED.put("GET /regions/import/template.{extension}", REGION_EDITORS);
        EXPECTED.put("POST /regions", REGION_EDITORS);
        EXPECTED.put("POST /regions/import", REGION_EDITORS);
        EXPECTED.put("POST /regions/{code}/rename", REGION_EDITORS);
        EXPECTED.put("POST /regions/{code}/move", REGION_EDITORS);
        EXPECTED.put("POST /regions/{code}/retire", REGION_EDITORS);
        EXPECTED.put("POST /regions/{code}/reinstate", REGION_EDITORS);
        EXPECTED.put("GET /users", ADMIN);
        EXPECTED.put("GET /users/new", ADMIN);
        EXPECTED.put("GET /users/export", ADMIN);
        EXPECTED.put("GET /users/{id}", ADMIN);
        EXPECTED.put("GET /users/import", ADMIN);
        EXPECTED.put("GET /users/import/template.xlsx", ADMIN);
        EXPECTED.put("POST /users", ADMIN);
        EXPECTED.put("POST /users/{id}", ADMIN);
        EXPECTED.put("POST /users/{id}/disable", ADMIN);
        EXPECTED.put("POST /users/{id}/enable", ADMIN);
        EXPECTED.put("POST /users/{id}/reset-password", ADMIN);
        EXPECTED.put("POST /users/import", ADMIN);
        EXPECTED.put("GET /grants", GRANT_DECIDERS);
        EXPECTED.put("POST /grants/{id}/approve", GRANT_DECIDERS);
        EXPECTED.put("POST /grants/{id}/reject", GRANT_DECIDERS);
        EXPECTED.put("POST /api/v1/auth/token", PUBLIC);
        EXPECTED.put("DELETE /api/v1/auth/token", ALL);
        EXPECTED.put("GET /api/v1/me", ALL);
        EXPECTED.put("GET /badges", ALL);
        EXPECTED.put("GET /api/v1/regions", ALL);
        EXPECTED.put("GET /api/v1/regions/{code}", ALL);
        EXPECTED.put("POST /api/v1/regions", REGION_EDITORS);
        EXPECTED.put("GET /audit", COMMANDER);
        EXPECTED.put("GET /audit/export", COMMANDER);
        EXPECTED.put("POST /audit/verify", COMMANDER);
        EXPECTED.put("GET /api/v1/audit-events", COMMANDER);
        EXPECTED.put("GET /notifications", ALL);
        EXPECTED.put("GET /notifications/{id}", ALL);
        EXPECTED.put("POST /notifications/{id}/read", ALL);
        EXPECTED.put("POST /notifications/read-all", ALL);
        EXPECTED.put("GET /api/v1/notifications", ALL);
        EXPECTED.put("GET /api/v1/notifications/{id}", ALL);
        EXPECTED.put("POST /api/v1/notifications/{id}/read", ALL);
        EXPECTED.put("GET /dashboard", DASHBOARD);
        EXPECTED.put("GET /api/v1/dashboard/indicators", DASHBOARD);
        EXPECTED.put("GET /briefings", DASHBOARD);
        EXPECTED.put("POST /briefings", DASHBOARD);
        EXPECTED.put("GET /briefings/download", DASHBOARD);
        EXPECTED.put("GET /briefings/{id}.pdf", DASHBOARD);
        EXPECTED.put("GET /briefings/{id}.xlsx", DASHBOARD);
        EXPECTED.put("GET /api/v1/briefings/{date}.pdf", DASHBOARD);
        EXPECTED.put("GET /api/v1/briefings/{date}.xlsx", DASHBOARD);
        EXPECTED.put("GET /alerts", DASHBOARD);
        EXPECTED.put("GET /alerts/export", DASHBOARD);
        EXPECTED.put("GET /alerts/{id}", DASHBOARD);
        EXPECTED.put("POST /alerts/{id}/acknowledge", DASHBOARD);
        EXPECTED.put("POST /alerts/{id}/resolve", DASHBOARD);
        EXPECTED.put("GET /api/v1/alerts", DASHBOARD);
        EXPECTED.put("POST /api/v1/alerts/{id}/acknowledge", DASHBOARD);
        EXPECTED.put("POST /api/v1/alerts/{id}/resolve", DASHBOARD);
        EXPECTED.put("GET /key-areas", RULE_READERS);
        EXPECTED.put("GET /key-areas/new", RULE_WRITERS);
        EXPECTED.put("GET /key-areas/{id}", RULE_WRITERS);
        EXPECTED.put("POST /key-areas", RULE_WRITERS);
        EXPECTED.put("POST /key-areas/{id}", RULE_WRITERS);
        EXPECTED.put("POST /key-areas/{id}/retire", RULE_WRITERS);
        EXPECTED.put("GET /api/v1/key-areas", RULE_READERS);
        EXPECTED.put("POST /api/v1/key-areas", RULE_WRITERS);
        EXPECTED.put("GET /risk-settings", RULE_READERS);
        EXPECTED.put("POST /risk-settings", RULE_WRITERS);
        EXPECTED.put("GET /quarantines", QUARANTINE_READERS);
        EXPECTED.put("GET /quarantines/export", QUARANTINE_READERS);
        EXPECTED.put("GET /quarantines/{id}", QUARANTINE_READERS);
        EXPECTED.put("POST /quarantines/{id}/confirm", QUARANTINE_DECIDERS);
        EXPECTED.put("POST /quarantines/{id}/dismiss", QUARANTINE_DECIDERS);
        EXPECTED.put("POST /quarantines/{id}/release", QUARANTINE_DECIDERS);
        EXPECTED.put("POST /quarantines/{id}/check-ins", CHECK_IN);
        EXPECTED.put("GET /api/v1/quarantines", QUARANTINE_READERS);
        EXPECTED.put("GET /api/v1/quarantines/{id}", QUARANTINE_READERS);
        EXPECTED.put("POST /api/v1/quarantines/{id}/confirm", QUARANTINE_DECIDERS);
        EXPECTED.put("POST /api/v1/quarantines/{id}/dismiss", QUARANTINE_DECIDERS);
        EXPECTED.put("POST /api/v1/quarantines/{id}/release", QUARANTINE_DECIDERS);
        EXPECTED.put("POST /api/v1/quarantines/{id}/check-ins", CHECK_IN);
        EXPECTED.put("GET /retention", COMMANDER);
        EXPECTED.put("POST /retention/purge", COMMANDER);
        EXPECTED.put("GET /api/v1/retention", COMMANDER);
        EXPECTED.put("POST /api/v1/retention/purge", COMMANDER);
        EXPECTED.put("GET /screening-rounds", SCREENING_READERS);
        EXPECTED.put("GET /screening-rounds/new", ROUND_OPENERS);
        EXPECTED.put("POST /screening-rounds", ROUND_OPENERS);
        EXPECTED.put("POST /screening-rounds/{id}/close", ROUND_OPENERS);
        EXPECTED.put("POST /screening-rounds/{id}/reopen", ROUND_OPENERS);
        EXPECTED.put("POST /api/v1/screening-rounds/{id}/close", ROUND_OPENERS);
        EXPECTED.put("POST /api/v1/screening-rounds/{id}/reopen", ROUND_OPENERS);
        EXPECTED.put("GET /screening-rounds/{id}", SCREENING_READERS);
        EXPECTED.put("GET /screening-rounds/{id}/unvisited", SCREENING_READERS);
        EXPECTED.put("GET /screening-rounds/{id}/unvisited/export", SCREENING_READERS);
        EXPECTED.put("GET /screening-rounds/{id}/households/{householdId}/visit", VISITORS);
        EXPECTED.put("POST /screening-rounds/{id}/households/{householdId}/visit", VISITORS);
        EXPECTED.put("GET /api/v1/screening-rounds", SCREENING_READERS);
        EXPECTED.put("POST /api/v1/screening-rounds", ROUND_OPENERS);
        EXPECTED.put("GET /api/v1/screening-rounds/{id}", SCREENING_READERS);
        EXPECTED.put("POST /api/v1/screening-rounds/{id}/visits", VISITORS);
        EXPECTED.put("GET /api/v1/screening-rounds/{id}/households/{householdId}/visits", SCREENING_READERS);
        EXPECTED.put("GET /api/v1/screening-rounds/{id}/coverage", SCREENING_READERS);
        EXPECTED.put("GET /api/v1/screening-rounds/{id}/unvisited", SCREENING_READERS);
        EXPECTED.put("GET /api/v1/screening-rounds/{id}/revisit", SCREENING_READERS);
        EXPECTED.put("GET /enterprises", ENTERPRISE_READERS);
        EXPECTED.put("GET /enterprises/export", ENTERPRISE_READERS);
        EXPECTED.put("GET /enterprises/timetable", ENTERPRISE_READERS);
        EXPECTED.put("GET /enterprises/post-check", TASK_FORCE);
        EXPECTED.put("GET /enterprises/new", TASK_FORCE);
        EXPECTED.put("POST /enterprises", TASK_FORCE);
        EXPECTED.put("GET /enterprises/import", TASK_FORCE);
        EXPECTED.put("GET /enterprises/import/template.{extension}", TASK_FORCE);
        EXPECTED.put("POST /enterprises/import", TASK_FORCE);
        EXPECTED.put("GET /enterprises/{id}", ENTERPRISE_READERS);
        EXPECTED.put("GET /enterprises/{id}/edit", TASK_FORCE);
        EXPECTED.put("POST /enterprises/{id}", TASK_FORCE);
        EXPECTED.put("POST /enterprises/{id}/status", TASK_FORCE);
        EXPECTED.put("GET /enterprises/{id}/filing", FILERS);
        EXPECTED.put("POST /enterprises/{id}/filing", FILERS);
        EXPECTED.put("POST /enterprises/{id}/filing/return", TASK_FORCE);
        EXPECTED.put("POST /enterprises/{id}/filing/check", TASK_FORCE);
        EXPECTED.put("POST /enterprises/{id}/pairings", TASK_FORCE);
        EXPECTED.put("POST /enterprises/{id}/pairings/{pairingId}/remove", TASK_FORCE);
        EXPECTED.put("POST /enterprises/{id}/liaison-account", TASK_FORCE);
        EXPECTED.put("GET /api/v1/enterprises", ENTERPRISE_READERS);
        EXPECTED.put("GET /api/v1/enterprises/{id}", ENTERPRISE_READERS);
        EXPECTED.put("POST /api/v1/enterprises", TASK_FORCE);
        EXPECTED.put("POST /api/v1/enterprises/{id}/filings", FILERS);
        EXPECTED.put("GET /enterprises/{id}/daily-report", FILERS);
        EXPECTED.put("POST /enterprises/{id}/daily-report", FILERS);
        EXPECTED.put("GET /enterprises/daily-reports", TASK_FORCE);
        EXPECTED.put("POST /enterprises/daily-reports/remind", TASK_FORCE);
        EXPECTED.put("POST /api/v1/enterprises/{id}/daily-reports", FILERS);
        EXPECTED.put("GET /api/v1/daily-reports/completeness", TASK_FORCE);
        EXPECTED.put("GET /enterprises/reviews", REVIEW_READERS);
        EXPECTED.put("GET /enterprises/{id}/review", EnumSet.of(Role.CADRE));
        EXPECTED.put("POST /enterprises/{id}/review", EnumSet.of(Role.CADRE));
        EXPECTED.put("POST /api/v1/enterprises/{id}/reviews", EnumSet.of(Role.CADRE));
        EXPECTED.put("GET /api/v1/enterprise-reviews", REVIEW_READERS);
        EXPECTED.put("GET /enterprises/requests", FILERS);
        EXPECTED.put("GET /enterprises/requests/new", EnumSet.of(Role.ENTERPRISE));
        EXPECTED.put("POST /enterprises/requests", EnumSet.of(Role.ENTERPRISE));
        EXPECTED.put("GET /enterprises/requests/{id}", FILERS);
        EXPECTED.put("POST /enterprises/requests/{id}/comments", FILERS);
        EXPECTED.put("POST /enterprises/requests/{id}/accept", TASK_FORCE);
        EXPECTED.put("POST /enterprises/requests/{id}/resolve", TASK_FORCE);
        EXPECTED.put("POST /enterprises/requests/{id}/confirm", EnumSet.of(Role.ENTERPRISE));
        EXPECTED.put("POST /api/v1/enterprises/{id}/requests",
                EnumSet.of(Role.COMMANDER, Role.SUBDISTRICT_OFFICER, Role.ENTERPRISE));
        EXPECTED.put("GET /api/v1/service-requests", FILERS);
        EXPECTED.put("POST /api/v1/service-requests/{id}/accept", TASK_FORCE);
        EXPECTED.put("POST /api/v1/service-requests/{id}/resolve", TASK_FORCE);
        EXPECTED.put("GET /enterprises/{id}/requests/new", EnumSet.of(Role.COMMANDER, Role.SUBDISTRICT_OFFICER));
        EXPECTED.put("POST /enterprises/{id}/requests", EnumSet.of(Role.COMMANDER, Role.SUBDISTRICT_OFFICER));
        EXPECTED.put("GET /enterprises/requests/export", FILERS);
        EXPECTED.put("GET /enterprises/daily-reports/export", TASK_FORCE);
        EXPECTED.put("GET /enterprises/resumption", TASK_FORCE);
        EXPECTED.put("GET /enterprises/resumption/export", TASK_FORCE);
        EXPECTED.put("GET /api/v1/enterprises/resumption", TASK_FORCE);
        EXPECTED.put("POST /api/v1/service-requests/{id}/confirm", EnumSet.of(Role.ENTERPRISE));
        EXPECTED.put("GET /enterprises/{id}/returning-workers", RETURNING_READERS);
        EXPECTED.put("GET /enterprises/{id}/returning-workers/export", RETURNING_READERS);
        EXPECTED.put("GET /enterprises/{id}/returning-workers/new", RETURNING_WRITERS);
        EXPECTED.put("POST /enterprises/{id}/returning-workers", RETURNING_WRITERS);
        EXPECTED.put("GET /enterprises/{id}/returning-workers/{workerId}", RETURNING_READERS);
        EXPECTED.put("GET /enterprises/{id}/returning-workers/{workerId}/edit", RETURNING_WRITERS);
        EXPECTED.put("POST /enterprises/{id}/returning-workers/{workerId}", RETURNING_WRITERS);
        EXPECTED.put("POST /enterprises/{id}/returning-workers/{workerId}/return", RETURNING_WRITERS);
        EXPECTED.put("POST /enterprises/{id}/returning-workers/{workerId}/release", RETURNING_WRITERS);
        EXPECTED.put("GET /enterprises/{id}/returning-workers/import", RETURNING_WRITERS);
        EXPECTED.put("POST /enterprises/{id}/returning-workers/import", RETURNING_WRITERS);
        EXPECTED.put("GET /enterprises/{id}/returning-workers/import/template.{extension}", RETURNING_WRITERS);
        EXPECTED.put("GET /api/v1/enterprises/{id}/returning-workers", RETURNING_READERS);
        EXPECTED.put("POST /api/v1/enterprises/{id}/returning-workers", RETURNING_WRITERS);
        EXPECTED.put("POST /api/v1/returning-workers/{id}/release", RETURNING_WRITERS);
    }

    /** Values for path variables that name nothing, so no allowed call changes a real record. */
    static final Map<String, String> SAMPLES = Map.of("{code}", "000000", "{id}", "999999", "{extension}", "xlsx",
            "{residentId}", "999999", "{date}", "2020-03-17", "{pairingId}", "999999", "{householdId}", "999999",
            "{workerId}", "999999");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccountRepository accounts;

    List<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(method + " " + pattern);
                }
            }
        }
        return new ArrayList<>(routes);
    }

    @Test
    void everyMappedRouteHasADecisionAboutWhoMayUseIt() {
        List<String> undecided = mappedRoutes().stream().filter(route -> !EXPECTED.containsKey(route)).toList();
        assertThat(undecided).as("routes with no line in RouteMatrixTests.EXPECTED").isEmpty();
        assertThat(EXPECTED.keySet()).as("lines for routes that no longer exist").isSubsetOf(mappedRoutes());
    }

    @Test
    void everyRoleGetsExactlyTheRoutesItMayUse() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String route : mappedRoutes()) {
            Set<Role> allowed = EXPECTED.get(route);
            if (allowed == null && !EXPECTED.containsKey(route)) {
                continue;
            }
            for (Role role : Role.values()) {
                int status = call(route, role);
                boolean refused = status == 401 || status == 403;
                boolean mayUse = allowed == null || allowed.contains(role);
                if (mayUse == refused) {
                    wrong.add(route + " as " + role + " -> " + status);
                }
            }
            int anonymous = call(route, null);
            boolean refused = anonymous == 401 || anonymous == 403 || anonymous == 302 && !route.endsWith(" /login");
            if ((allowed == null) == refused && !route.equals("POST /api/v1/auth/token")) {
                wrong.add(route + " anonymously -> " + anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRouteNobodyMappedIsRefusedNotServed() throws Exception {
        assertThat(call("GET /no-such-page", Role.COMMANDER)).isEqualTo(403);
        assertThat(call("GET /api/v1/no-such-resource", Role.COMMANDER)).isEqualTo(403);
        assertThat(call("GET /api/v1/no-such-resource", null)).isEqualTo(401);
    }

    private int call(String route, Role role) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
            path = path.replace(sample.getKey(), sample.getValue());
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path)
                .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
                .with(csrf());
        if (path.startsWith("/api/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
            if (role != null) {
                request.header("Authorization", "Bearer " + token(role));
            }
        } else if (role != null) {
            request.with(users.as(demoUser(role)));
        }
        MvcResult result = mvc.perform(request).andReturn();
        return result.getResponse().getStatus();
    }

    private String token(Role role) {
        // A fresh token per call: DELETE /api/v1/auth/token revokes the one it is called with.
        return tokens.issue(accounts.findByUsername(demoUser(role)).orElseThrow().getId()).token();
    }

    static String demoUser(Role role) {
        return switch (role) {
            case COMMANDER -> "commander";
            case ADMIN -> "admin";
            case SUBDISTRICT_OFFICER -> "hongqi";
            case GRID_WORKER -> "grid01";
            case CADRE -> "cadre01";
            case CHECKPOINT_GUARD -> "guard01";
            case ENTERPRISE -> "ent01";
            case FARMER -> "farmer01";
            case DEPARTMENT -> "weijian";
        };
    }
}
