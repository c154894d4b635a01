package org.shuangsheng;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionManagement;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A district of one test's own, for {@link ModuleTest}s, where there is no demo district: one
 * street (subdistrict) with one community of two grids, an officer of the street and a worker of
 * each grid, all made as the platform makes them, with codes and usernames from {@link TestData}.
 * Households are registered through the API by the grid's worker, as on the phone.
 *
 * <p>Sign MockMvc requests in with {@code DemoUsers.as(username)} or
 * {@code ApiTokensForTests.bearer(username)}: both work for any account, not only the demo ones.
 */
public final class OwnDistrict {

    private static final String PASSWORD = "Module-Test-2020";

    /** A registered household: its id and its members' resident ids, head first. */
    public record Household(long id, String grid, List<Long> residents) {
    }

    private final MockMvc mvc;
    private final ApiTokensForTests tokens;
    private final String district;
    private final String street;
    private final String gridA;
    private final String gridB;
    private final String officer;
    private final String workerA;
    private final String workerB;

    private OwnDistrict(MockMvc mvc, ApiTokensForTests tokens, String district, String officer, String workerA,
            String workerB) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.district = district;
        this.street = district + "001";
        this.gridA = street + "00101";
        this.gridB = street + "00102";
        this.officer = officer;
        this.workerA = workerA;
        this.workerB = workerB;
    }

    /** Creates the units and the accounts; nobody is signed in, so no account waits for approval. */
    public static OwnDistrict create(MockMvc mvc, ApiTokensForTests tokens, RegionManagement regions,
            AccountManagement accounts, Accounts passwords) {
        int n = TestData.next();
        String district = "9" + n;
        String street = district + "001";
        String community = street + "001";
        regions.create(new NewRegion(district, "模块测试区" + n, RegionKind.DISTRICT, null));
        regions.create(new NewRegion(street, "测试街道", RegionKind.STREET, district));
        regions.create(new NewRegion(community, "测试社区", RegionKind.COMMUNITY, street));
        regions.create(new NewRegion(community + "01", "第1网格", RegionKind.GRID, community));
        regions.create(new NewRegion(community + "02", "第2网格", RegionKind.GRID, community));
        return new OwnDistrict(mvc, tokens, district,
                account(accounts, passwords, Role.SUBDISTRICT_OFFICER, street, "街道干部"),
                account(accounts, passwords, Role.GRID_WORKER, community + "01", "第1网格员"),
                account(accounts, passwords, Role.GRID_WORKER, community + "02", "第2网格员"));
    }

    private static String account(AccountManagement accounts, Accounts passwords, Role role, String region,
            String displayName) {
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        form.setDisplayName(displayName);
        form.setRole(role);
        form.setRegionCodes(region);
        var account = accounts.create(form).account();
        // A temporary password sends every request to the password page until it is changed.
        passwords.changePassword(account.id(), PASSWORD, Instant.now());
        return account.username();
    }

    public String district() {
        return district;
    }

    public String street() {
        return street;
    }

    /** The first grid, {@link #workerA()}'s. */
    public String gridA() {
        return gridA;
    }

    /** The second grid, {@link #workerB()}'s. */
    public String gridB() {
        return gridB;
    }

    /** A subdistrict officer over {@link #street()}. */
    public String officer() {
        return officer;
    }

    public String workerA() {
        return workerA;
    }

    public String workerB() {
        return workerB;
    }

    /** A household of {@code members} people registered in the grid by that grid's worker. */
    public Household household(String worker, String grid, int members) throws Exception {
        StringBuilder body = new StringBuilder("{\"gridCode\":\"" + grid + "\",\"address\":\"模块测试小区"
                + TestData.next() + "号\",\"members\":[");
        for (int i = 0; i < members; i++) {
            body.append(i == 0 ? "" : ",").append("{\"name\":\"").append(i == 0 ? "李建华" : "李建华" + i)
                    .append("\",\"idNumber\":\"").append(TestData.idNumber()).append("\",\"relation\":\"")
                    .append(i == 0 ? "户主" : "子女").append("\"}");
        }
        body.append("]}");
        String created = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String json = mvc.perform(get("/api/v1/households/" + id).header("Authorization", tokens.bearer(worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> residents = JsonPath.<List<Number>>read(json, "$.members[*].id").stream()
                .map(Number::longValue).toList();
        return new Household(id, grid, residents);
    }
}
