package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 6: a download of the household list, or an API page of it large enough to
 * copy the district in a few calls, is a bulk read of personal data and leaves an audit row
 * like every other export. A page of ordinary size stays unaudited, as a screen of the list is.
 */
@PlatformTest
class BulkHouseholdReadsTests {

    static final String GRID01 = "23050600100101";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    AuditQueries audit;

    void register(String user) throws Exception {
        mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"" + TestData.tag("批量读取小区")
                                + "\",\"members\":[{\"name\":\"王建国\",\"idNumber\":\"" + TestData.idNumber()
                                + "\",\"relation\":\"户主\"}]}"))
                .andExpect(status().isCreated());
    }

    long householdExports(String user) {
        return audit.search(new AuditFilter(user, AuditAction.EXPORT, null, null), PageRequest.of(0, 1000))
                .getContent().stream().map(AuditEventView::objectType).filter("household"::equals).count();
    }

    @Test
    void exportingHouseholdsLeavesAnExportAuditRowForTheUser() throws Exception {
        register("grid01");
        long before = householdExports("grid01");
        mvc.perform(get("/households/export").with(users.as("grid01"))).andExpect(status().isOk());
        assertThat(householdExports("grid01")).isEqualTo(before + 1);
    }

    @Test
    void aLargeApiPageOfHouseholdsLeavesAnAuditRowAndAnOrdinaryPageNone() throws Exception {
        register("grid01");
        long before = householdExports("grid01");
        mvc.perform(get("/api/v1/households").param("size", "100")
                .header("Authorization", tokens.bearer("grid01"))).andExpect(status().isOk());
        assertThat(householdExports("grid01")).isEqualTo(before);
        mvc.perform(get("/api/v1/households").param("size", "1000")
                .header("Authorization", tokens.bearer("grid01"))).andExpect(status().isOk());
        assertThat(householdExports("grid01")).isEqualTo(before + 1);
    }
}
