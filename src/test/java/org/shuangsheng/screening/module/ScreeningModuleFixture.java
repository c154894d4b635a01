package org.shuangsheng.screening.module;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.OwnDistrict;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.region.RegionManagement;
import org.shuangsheng.screening.NewFinding;
import org.shuangsheng.screening.NewVisit;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The rows a screening module test needs, made by the test itself: a district of its own
 * ({@link OwnDistrict}), a round opened through the API by the district's officer, and visits as
 * the service or the API takes them. A {@link TestComponent}, so the platform's component scan
 * leaves it out; the module tests {@code @Import} it.
 */
@TestComponent
class ScreeningModuleFixture {

    private final MockMvc mvc;
    private final ApiTokensForTests tokens;
    private final RegionManagement regions;
    private final AccountManagement accounts;
    private final Accounts passwords;
    private final UserDetailsService users;
    private final Clock clock;

    ScreeningModuleFixture(MockMvc mvc, ApiTokensForTests tokens, RegionManagement regions,
            AccountManagement accounts, Accounts passwords, UserDetailsService users, Clock clock) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.regions = regions;
        this.accounts = accounts;
        this.passwords = passwords;
        this.users = users;
        this.clock = clock;
    }

    OwnDistrict district() {
        return OwnDistrict.create(mvc, tokens, regions, accounts, passwords);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A round over the whole district's street, from three days ago to three days on. */
    long openRound(OwnDistrict district) throws Exception {
        String created = mvc.perform(post("/api/v1/screening-rounds")
                        .header("Authorization", tokens.bearer(district.officer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"模块测试轮次\",\"startDate\":\"" + today().minusDays(3)
                                + "\",\"endDate\":\"" + today().plusDays(3) + "\",\"regionCode\":\""
                                + district.street() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /**
     * Signs the test's thread in as the account, for calls to the module's services; MockMvc
     * requests sign in on their own.
     */
    void signIn(String username) {
        var account = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A visit at the door, now, as the service takes it. */
    NewVisit visit(long household, NewFinding... findings) {
        return new NewVisit(household, null, "IN_PERSON", null, List.of(findings), null);
    }

    NewFinding present(long resident, String temperature) {
        return new NewFinding(resident, true, null, temperature, null, null, null, null, false, null);
    }

    NewFinding absent(long resident) {
        return new NewFinding(resident, false, "外出务工", null, null, null, null, null, false, null);
    }

    NewFinding contactOfACase(long resident) {
        return new NewFinding(resident, true, null, "36.6", null, null, null, null, true, null);
    }

    /** A visit sent to the API by {@code username}, findings as JSON objects. */
    ResultActions postVisit(String username, long round, long household, String... findings) throws Exception {
        return mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                .header("Authorization", tokens.bearer(username))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdId\":" + household + ",\"mode\":\"IN_PERSON\",\"findings\":["
                        + String.join(",", findings) + "]}"));
    }

    static String finding(long resident, String temperature) {
        return "{\"residentId\":" + resident + ",\"present\":true,\"temperature\":" + temperature + "}";
    }
}
