package org.shuangsheng.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A requested grant of rights to an account, as the pages show it. {@code from} is null for an
 * account that was created by the request and has held no rights yet.
 */
public record AccountGrantView(long id, long accountId, String username, Status status, Rights from, Rights to,
        String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String reason) {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    /** A role with the scope that goes with it. */
    public record Rights(Role role, String department, Set<String> regionCodes, Long enterpriseId,
            Long checkpointId) {

        public Rights {
            regionCodes = Set.copyOf(regionCodes);
        }

        static Rights of(AccountView account) {
            return new Rights(account.role(), account.department(), account.regionCodes(), account.enterpriseId(),
                    account.checkpointId());
        }

        public static Set<String> codes(String joined) {
            Set<String> codes = new LinkedHashSet<>();
            Arrays.stream(joined == null ? new String[0] : joined.split(",")).filter(c -> !c.isBlank())
                    .forEach(codes::add);
            return codes;
        }

        /** For pages and the audit line: {@code COMMANDER 230506}. */
        public String summary() {
            StringBuilder text = new StringBuilder(role.name());
            if (department != null) {
                text.append(' ').append(department);
            }
            if (!regionCodes.isEmpty()) {
                text.append(' ').append(String.join(",", regionCodes.stream().sorted().toList()));
            }
            if (enterpriseId != null) {
                text.append(" enterprise ").append(enterpriseId);
            }
            if (checkpointId != null) {
                text.append(" checkpoint ").append(checkpointId);
            }
            return text.toString();
        }
    }
}
