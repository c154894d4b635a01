package org.shuangsheng.identity;

import java.util.Optional;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Every read of a scoped entity goes through here, so the caller's scope is ANDed into the
 * query itself: a row outside it is never loaded, counted or exported, and asking for it by id
 * answers 404 exactly as a row that does not exist.
 */
public final class ScopedRepository<T> {

    private final JpaSpecificationExecutor<T> repository;
    private final ScopeMapping<T> mapping;
    private final DataScopes scopes;
    private final String idAttribute;

    public ScopedRepository(JpaSpecificationExecutor<T> repository, ScopeMapping<T> mapping, DataScopes scopes,
            String idAttribute) {
        this.repository = repository;
        this.mapping = mapping;
        this.scopes = scopes;
        this.idAttribute = idAttribute;
    }

    private Specification<T> scoped(Specification<T> filter) {
        Specification<T> scope = mapping.restrictTo(scopes.current());
        return filter == null ? scope : scope.and(filter);
    }

    public Page<T> findAll(Specification<T> filter, Pageable pageable) {
        return repository.findAll(scoped(filter), pageable);
    }

    public java.util.List<T> findAll(Specification<T> filter, Sort sort) {
        return repository.findAll(scoped(filter), sort);
    }

    public long count(Specification<T> filter) {
        return repository.count(scoped(filter));
    }

    public Optional<T> find(Object id) {
        Specification<T> byId = (root, query, cb) -> cb.equal(root.get(idAttribute), id);
        return repository.findOne(scoped(byId));
    }

    /** The row, or 404 when it does not exist or lies outside the caller's scope. */
    public T require(Object id) {
        return find(id).orElseThrow(() -> new NotFoundException("scoped record"));
    }
}
