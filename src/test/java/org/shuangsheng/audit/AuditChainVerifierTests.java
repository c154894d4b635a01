package org.shuangsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditChainVerifier.Problem;
import org.shuangsheng.audit.AuditChainVerifier.Verification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tampering by hand, as someone with database access would: each test puts the row back as it
 * was, so the chain of the shared test database stays intact for every other test.
 */
@PlatformTest
class AuditChainVerifierTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditQueries queries;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    /** Three fresh records, oldest first. */
    List<AuditEventView> threeRecords() {
        String user = TestData.tag("v");
        for (int i = 1; i <= 3; i++) {
            audit.record(user, AuditAction.UPDATE, "region", "23050600" + i, AuditOutcome.SUCCESS, "record " + i);
        }
        List<AuditEventView> oldestFirst = new ArrayList<>(
                queries.search(new AuditFilter(user, null, null, null), PageRequest.of(0, 3)).getContent());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Test
    void anIntactChainVerifiesAndAnEditedDetailIsFoundAtItsRow() {
        List<AuditEventView> records = threeRecords();
        Verification intact = verifier.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.firstBrokenId()).isNull();
        assertThat(intact.checked()).isGreaterThanOrEqualTo(3);
        assertThat(intact.lastId()).isGreaterThanOrEqualTo(records.get(2).id());

        long edited = records.get(1).id();
        jdbc.update("UPDATE audit_event SET detail = ? WHERE id = ?", "nothing happened here", edited);
        try {
            Verification broken = verifier.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(edited);
            assertThat(broken.problem()).isEqualTo(Problem.ALTERED);
        } finally {
            jdbc.update("UPDATE audit_event SET detail = ? WHERE id = ?", records.get(1).detail(), edited);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRemovedRowBreaksTheLinkOfTheNextOne() {
        List<AuditEventView> records = threeRecords();
        long removed = records.get(1).id();
        Map<String, Object> row = copy(removed);
        jdbc.update("DELETE FROM audit_event WHERE id = ?", removed);
        try {
            Verification broken = verifier.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(records.get(2).id());
            assertThat(broken.problem()).isEqualTo(Problem.UNLINKED);
        } finally {
            restore(row);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRemovedNewestRowIsFoundByTheHead() {
        List<AuditEventView> records = threeRecords();
        long newest = records.get(2).id();
        Map<String, Object> row = copy(newest);
        jdbc.update("DELETE FROM audit_event WHERE id = ?", newest);
        try {
            Verification broken = verifier.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(newest);
            assertThat(broken.problem()).isEqualTo(Problem.TRUNCATED);
        } finally {
            restore(row);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRowMovedToAnotherUserIsFound() {
        List<AuditEventView> records = threeRecords();
        long edited = records.get(0).id();
        jdbc.update("UPDATE audit_event SET username = ? WHERE id = ?", "someone-else", edited);
        try {
            assertThat(verifier.verify().firstBrokenId()).isEqualTo(edited);
        } finally {
            jdbc.update("UPDATE audit_event SET username = ? WHERE id = ?", records.get(0).username(), edited);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private Map<String, Object> copy(long id) {
        Map<String, Object> row = new HashMap<>(jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", id));
        row.put("occurred_at", jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?",
                OffsetDateTime.class, id));
        return row;
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("INSERT INTO audit_event (id, occurred_at, username, address, action, object_type, object_id,"
                + " outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"), row.get("occurred_at"), row.get("username"), row.get("address"), row.get("action"),
                row.get("object_type"), row.get("object_id"), row.get("outcome"), row.get("detail"),
                row.get("prev_hash"), row.get("hash"));
    }
}
