package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 6, beyond households: a large API page of a list with personal data is
 * audited as an export, and a page of ordinary size is not.
 */
@PlatformTest
class BulkReadsAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    AuditQueries audit;

    long exports(String user, String objectType) {
        return audit.search(new AuditFilter(user, AuditAction.EXPORT, null, null), PageRequest.of(0, 1000))
                .getContent().stream().map(AuditEventView::objectType).filter(objectType::equals).count();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/quarantines, 1000, quarantine",
        "/api/v1/enterprises, 1000, enterprise",
        "/api/v1/enterprises/1/returning-workers, 1000, enterprise-returning-worker",
        "/api/v1/alerts, 500, alert"})
    void aLargePageOfAListWithPersonalDataIsAuditedAsAnExport(String path, String large, String objectType)
            throws Exception {
        long before = exports("commander", objectType);
        mvc.perform(get(path).param("size", "100").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk());
        assertThat(exports("commander", objectType)).isEqualTo(before);
        mvc.perform(get(path).param("size", large).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk());
        assertThat(exports("commander", objectType)).isEqualTo(before + 1);
    }
}
