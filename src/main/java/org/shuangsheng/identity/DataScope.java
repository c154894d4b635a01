package org.shuangsheng.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What records a user may see and change, in the terms records carry: region paths, an
 * enterprise id, a checkpoint id, the user's own id, or the user's cadre pairings.
 */
public sealed interface DataScope {

    /** Records at or under any of these materialized paths (a grid, a subdistrict, the district). */
    record Regions(Set<String> paths) implements DataScope {

        public Regions {
            paths = Set.copyOf(paths);
        }

        public boolean covers(String path) {
            return path != null && paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        }

        /**
         * The same test as {@link #covers} for a JDBC query: {@code (col = ? or col like ? or ...)}
         * over a column of region paths, with its parameters in order; {@code (1 = 0)} when there
         * are no paths. Paths hold only letters, digits and {@code /}, so the patterns need no escape.
         */
        public SqlCondition condition(String column) {
            if (paths.isEmpty()) {
                return new SqlCondition("(1 = 0)", List.of());
            }
            StringBuilder sql = new StringBuilder("(");
            List<Object> params = new ArrayList<>();
            for (String path : paths.stream().sorted().toList()) {
                sql.append(params.isEmpty() ? "" : " or ").append(column).append(" = ? or ").append(column)
                        .append(" like ?");
                params.add(path);
                params.add(path + "/%");
            }
            return new SqlCondition(sql.append(')').toString(), List.copyOf(params));
        }
    }

    /** A piece of SQL with its {@code ?} parameters, to AND into a query. */
    record SqlCondition(String sql, List<Object> params) {
    }

    /** The records of one enterprise. */
    record Enterprise(long enterpriseId) implements DataScope {
    }

    /** The records of one checkpoint. */
    record Checkpoint(long checkpointId) implements DataScope {
    }

    /** The records paired (包保) to this cadre. */
    record Paired(long cadreUserId) implements DataScope {
    }

    /** The user's own records only. */
    record Own(long userId) implements DataScope {
    }

    /** No records at all (the administrator sees no residents' data). */
    record Nothing() implements DataScope {
    }
}
