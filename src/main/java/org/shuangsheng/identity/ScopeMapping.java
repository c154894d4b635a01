package org.shuangsheng.identity;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/**
 * How an entity carries scope: which attribute holds its region path, its enterprise id, its
 * checkpoint id or its owner's user id, and how cadre pairings reach it. A kind of scope the
 * entity does not map sees none of its rows: access is denied unless granted.
 */
public final class ScopeMapping<T> {

    private String regionPath;
    private String enterprise;
    private String checkpoint;
    private String owner;
    private Function<Long, Specification<T>> paired;

    private ScopeMapping() {
    }

    public static <T> ScopeMapping<T> of(Class<T> entity) {
        return new ScopeMapping<>();
    }

    public ScopeMapping<T> regionPath(String attribute) {
        this.regionPath = attribute;
        return this;
    }

    public ScopeMapping<T> enterprise(String attribute) {
        this.enterprise = attribute;
        return this;
    }

    public ScopeMapping<T> checkpoint(String attribute) {
        this.checkpoint = attribute;
        return this;
    }

    public ScopeMapping<T> owner(String attribute) {
        this.owner = attribute;
        return this;
    }

    /** Rows paired to a cadre, usually a subquery on the module's pairing table. */
    public ScopeMapping<T> paired(Function<Long, Specification<T>> pairedToCadre) {
        this.paired = pairedToCadre;
        return this;
    }

    /** The rows this scope may reach, as a condition to AND with every query. */
    public Specification<T> restrictTo(DataScope scope) {
        if (scope instanceof DataScope.Regions regions && regionPath != null) {
            return (root, query, cb) -> withinAny(root.get(regionPath), regions, cb);
        }
        if (scope instanceof DataScope.Enterprise e && enterprise != null) {
            return (root, query, cb) -> cb.equal(root.get(enterprise), e.enterpriseId());
        }
        if (scope instanceof DataScope.Checkpoint c && checkpoint != null) {
            return (root, query, cb) -> cb.equal(root.get(checkpoint), c.checkpointId());
        }
        if (scope instanceof DataScope.Own own && owner != null) {
            return (root, query, cb) -> cb.equal(root.get(owner), own.userId());
        }
        if (scope instanceof DataScope.Paired p && paired != null) {
            return paired.apply(p.cadreUserId());
        }
        return (root, query, cb) -> cb.disjunction();
    }

    private static Predicate withinAny(Path<String> path, DataScope.Regions regions, CriteriaBuilder cb) {
        if (regions.paths().isEmpty()) {
            return cb.disjunction();
        }
        return cb.or(regions.paths().stream()
                .map(p -> cb.or(cb.equal(path, p), cb.like(path, escape(p) + "/%", '\\')))
                .toArray(Predicate[]::new));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
