package org.shuangsheng.population;

import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.PersonalDataReveal;
import org.shuangsheng.identity.ScopeMapping;
import org.shuangsheng.identity.ScopedRepository;
import org.shuangsheng.population.internal.Household;
import org.shuangsheng.population.internal.HouseholdRepository;
import org.shuangsheng.population.internal.Pairing;
import org.shuangsheng.population.internal.Resident;
import org.shuangsheng.population.internal.ResidentRepository;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Masking;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of households and residents, always within the caller's scope; a household outside it
 * answers 404. Opening a household reads its residents' records, and each such read is audited.
 */
@Service
@Transactional(readOnly = true)
public class PopulationQueries {

    private final ScopedRepository<Household> households;
    private final ScopedRepository<Resident> residents;
    private final ResidentRepository residentRepository;
    private final PersonalDataCipher cipher;
    private final PersonalDataReveal reveal;
    private final AuditLog audit;
    private final Clock clock;
    private final HouseholdRepository householdRepository;
    private final NamedParameterJdbcTemplate jdbc;

    PopulationQueries(HouseholdRepository households, ResidentRepository residents, DataScopes scopes,
            PersonalDataCipher cipher, PersonalDataReveal reveal, AuditLog audit, Clock clock,
            NamedParameterJdbcTemplate jdbc) {
        this.householdRepository = households;
        this.jdbc = jdbc;
        this.households = new ScopedRepository<>(households,
                ScopeMapping.of(Household.class).regionPath("regionPath")
                        .paired(cadre -> (root, query, cb) -> pairedTo(cadre, root.get("id"), root.get("gridCode"),
                                query, cb)), scopes, "id");
        this.residents = new ScopedRepository<>(residents,
                ScopeMapping.of(Resident.class).regionPath("regionPath")
                        .paired(cadre -> (root, query, cb) -> {
                            Subquery<String> grid = query.subquery(String.class);
                            var household = grid.from(Household.class);
                            grid.select(household.get("gridCode"))
                                    .where(cb.equal(household.get("id"), root.get("householdId")));
                            return pairedTo(cadre, root.get("householdId"), grid, query, cb);
                        }), scopes, "id");
        this.residentRepository = residents;
        this.cipher = cipher;
        this.reveal = reveal;
        this.audit = audit;
        this.clock = clock;
    }

    /** A household is paired to the cadre by itself or through its whole grid. */
    private static jakarta.persistence.criteria.Predicate pairedTo(long cadre,
            jakarta.persistence.criteria.Expression<Long> householdId,
            jakarta.persistence.criteria.Expression<String> gridCode,
            jakarta.persistence.criteria.CommonAbstractCriteria query,
            jakarta.persistence.criteria.CriteriaBuilder cb) {
        Subquery<Long> byHousehold = query.subquery(Long.class);
        var pairing = byHousehold.from(Pairing.class);
        byHousehold.select(pairing.get("householdId")).where(cb.equal(pairing.get("cadreUserId"), cadre),
                cb.isNotNull(pairing.get("householdId")));
        Subquery<String> byGrid = query.subquery(String.class);
        var gridPairing = byGrid.from(Pairing.class);
        byGrid.select(gridPairing.get("gridCode")).where(cb.equal(gridPairing.get("cadreUserId"), cadre),
                cb.isNotNull(gridPairing.get("gridCode")));
        return cb.or(householdId.in(byHousehold), gridCode.in(byGrid));
    }

    public Page<HouseholdRow> households(HouseholdFilter filter, Pageable pageable) {
        Page<Household> page = households.findAll(specification(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("gridCode", "address")));
        List<HouseholdRow> rows = rows(page.getContent());
        return new PageImpl<>(rows, page.getPageable(), page.getTotalElements());
    }

    /** Rows of a list: the head's name masked and the number of members, two queries per page. */
    private List<HouseholdRow> rows(List<Household> page) {
        List<Long> ids = page.stream().map(Household::getId).toList();
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, String> heads = new HashMap<>();
        if (!ids.isEmpty()) {
            residentRepository.countByHousehold(ids).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
            residentRepository.findByHouseholdIdIn(ids).stream().filter(r -> r.getRelation() == Relation.HEAD)
                    .forEach(r -> heads.put(r.getHouseholdId(), Masking.name(r.getName())));
        }
        return page.stream().map(h -> new HouseholdRow(h.getId(), h.getGridCode(), h.getAddress(),
                heads.getOrDefault(h.getId(), ""), counts.getOrDefault(h.getId(), 0L))).toList();
    }

    /**
     * The full names of the heads of these households that lie in the grids of the grid worker
     * asking: the worker registered them and calls on them, so a list shows them the names their
     * neighbours use (王建国, not 王**). Anyone else, and a household elsewhere, gets none, and the
     * list keeps its masked names. The read is audited as one act over the households named.
     */
    public Map<Long, String> headNamesForTheirGridWorker(Collection<Long> householdIds) {
        Scope me = CurrentUser.scope().orElse(null);
        if (me == null || me.role() != Role.GRID_WORKER || householdIds.isEmpty()) {
            return Map.of();
        }
        List<Long> own = households.findAll((root, query, cb) -> root.get("id").in(householdIds), Sort.by("id"))
                .stream().filter(h -> me.regionCodes().contains(h.getGridCode())).map(Household::getId).toList();
        if (own.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> heads = new HashMap<>();
        residentRepository.findByHouseholdIdIn(own).stream().filter(r -> r.getRelation() == Relation.HEAD)
                .forEach(r -> heads.put(r.getHouseholdId(), r.getName()));
        audit.record(AuditAction.READ_PERSON, "household", own.size() == 1 ? Long.toString(own.get(0)) : "list",
                AuditOutcome.SUCCESS, "heads' names of " + own.size() + " households: " + String.join(",",
                        own.stream().limit(40).map(id -> Long.toString(id)).toList()));
        return heads;
    }

    public long count(HouseholdFilter filter) {
        return households.count(specification(filter));
    }

    /** One household with its members, masked; the read of each member's record is audited. */
    public HouseholdView household(long id) {
        Household household = requireHousehold(id);
        List<MemberView> members = residentRepository.findByHouseholdIdOrderById(id).stream().map(this::view).toList();
        audit.record(AuditAction.READ_PERSON, "household", Long.toString(id), AuditOutcome.SUCCESS,
                members.size() + " residents");
        return new HouseholdView(id, household.getGridCode(), household.getAddress(), household.getNotes(), members);
    }

    /**
     * Name and address of the residents of these ids that lie in the caller's scope; an id outside
     * it is simply left out. The read is audited as one act over all the residents returned.
     */
    public Map<Long, ResidentSummary> residentSummaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Resident> found = residents.findAll((root, query, cb) -> root.get("id").in(ids), Sort.by("id"));
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, Household> homes = new HashMap<>();
        households.findAll((root, query, cb) -> root.get("id").in(found.stream().map(Resident::getHouseholdId)
                .distinct().toList()), Sort.by("id")).forEach(h -> homes.put(h.getId(), h));
        Map<Long, ResidentSummary> summaries = new LinkedHashMap<>();
        for (Resident r : found) {
            Household home = homes.get(r.getHouseholdId());
            summaries.put(r.getId(), new ResidentSummary(r.getId(), r.getHouseholdId(), r.getName(),
                    home == null ? "" : home.getGridCode(), home == null ? "" : home.getAddress()));
        }
        String detail = found.size() + " residents: " + String.join(",", found.stream().limit(40)
                .map(r -> Long.toString(r.getId())).toList());
        audit.record(AuditAction.READ_PERSON, "resident", found.size() == 1 ? Long.toString(found.get(0).getId())
                : "list", AuditOutcome.SUCCESS, detail);
        return summaries;
    }

    /** The full ID number or phone of a resident in scope, for a role that may, with a reason. */
    public String reveal(long residentId, String field, String reason) {
        Resident resident = residents.require(residentId);
        if (!"idNumber".equals(field) && !"phone".equals(field)) {
            throw new InvalidInputException("field", "population.reveal.field.unknown");
        }
        reveal.authorize("resident", Long.toString(residentId), field, reason);
        if ("idNumber".equals(field)) {
            return resident.getIdNumber().value();
        }
        return resident.getPhone() == null ? "" : resident.getPhone().value();
    }

    /**
     * A household of the caller's scope with the ids of its residents, for recording something
     * about it elsewhere (a screening visit); nothing personal is read, so nothing is audited.
     */
    public HouseholdResidents householdResidents(long id) {
        Household household = requireHousehold(id);
        return new HouseholdResidents(id, household.getGridCode(), household.getRegionPath(),
                residentRepository.findByHouseholdIdOrderById(id).stream().map(Resident::getId).toList());
    }

    /**
     * The households of one grid (by its path) in the caller's scope, leaving out the given ids,
     * in address order: the {@code limit} rows after the first {@code offset}. A grid holds a few
     * hundred households at most, so the ids left out stay a short list.
     */
    public List<HouseholdRow> householdsOfGrid(String gridPath, Collection<Long> except, int offset,
            int limit) {
        Specification<Household> inGrid = (root, query, cb) -> except.isEmpty()
                ? cb.equal(root.get("regionPath"), gridPath)
                : cb.and(cb.equal(root.get("regionPath"), gridPath), cb.not(root.get("id").in(except)));
        Page<Household> page = households.findAll(inGrid, PageRequest.of(0, offset + limit, Sort.by("address", "id")));
        List<Household> rows = page.getContent().stream().skip(offset).toList();
        return rows(rows);
    }

    /**
     * The households of one grid (by its path) in the caller's scope whose id is among the given
     * ones, in address order: a short list, since a grid holds a few hundred households at most.
     */
    public List<HouseholdRow> householdsOfGridAmong(String gridPath, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Household> among = (root, query, cb) -> cb.and(cb.equal(root.get("regionPath"), gridPath),
                root.get("id").in(ids));
        return rows(households.findAll(among, PageRequest.of(0, ids.size(), Sort.by("address", "id"))).getContent());
    }

    /**
     * The ids of the residents now living in each of these households of one grid: ids only,
     * nothing personal, for a module that checks which of them it has seen. The caller has checked
     * the grid against the scope it answers for.
     */
    public Map<Long, List<Long>> residentIdsOfGrid(String gridPath, Collection<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> byHousehold = new HashMap<>();
        jdbc.query("SELECT household_id, id FROM population_resident WHERE region_path = :path"
                + " AND household_id IN (:ids) ORDER BY id", Map.of("path", gridPath, "ids", householdIds),
                (java.sql.ResultSet rs) -> {
                    byHousehold.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                });
        return byHousehold;
    }

    /**
     * Households and residents per grid path at or under a region, counted in the database (one
     * row per grid, never a row per person). Counts carry nothing personal: the caller checks
     * that the region lies in the scope it answers for (a page's user, the dashboard's region).
     */
    public List<RegionCount> countsByGrid(String regionPath) {
        return jdbc.query("SELECT region_path, households, residents FROM population_grid_tally"
                + " WHERE (region_path = :path OR region_path LIKE :pattern) AND (households > 0 OR residents > 0)"
                + " ORDER BY region_path", Map.of("path", regionPath, "pattern", regionPath + "/%"),
                (rs, n) -> new RegionCount(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /**
     * Households and residents per direct child of a region, keyed by the child's path segment
     * ({@code ""} for households at the region itself), added up from the per-grid tally in the
     * database: one row per child whatever the size of the region. Like {@link #countsByGrid},
     * the caller has checked the region against the scope.
     */
    public List<RegionCount> countsByChild(String regionPath) {
        return jdbc.query("SELECT c.child, SUM(c.households), SUM(c.residents) FROM (SELECT "
                + RegionPath.childSegmentSql("t.region_path")
                + " AS child, t.households, t.residents FROM population_grid_tally t"
                + " WHERE t.region_path = :path OR t.region_path LIKE :pattern) c GROUP BY c.child ORDER BY c.child",
                Map.of("path", regionPath, "pattern", regionPath + "/%", "childStart", regionPath.length() + 2),
                (rs, n) -> new RegionCount(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /**
     * Generated demo households of a grid with their residents' ids, for other modules' demo
     * data; real households are never returned, and nobody needs to be signed in.
     */
    public List<HouseholdResidents> demoHouseholds(String gridPath) {
        List<Household> demo = householdRepository.findByRegionPathAndDemoTrueOrderById(gridPath);
        Map<Long, List<Long>> members = new HashMap<>();
        if (!demo.isEmpty()) {
            residentRepository.findByHouseholdIdIn(demo.stream().map(Household::getId).toList()).stream()
                    .sorted(Comparator.comparing(Resident::getId))
                    .forEach(r -> members.computeIfAbsent(r.getHouseholdId(), k -> new ArrayList<>())
                            .add(r.getId()));
        }
        return demo.stream().map(h -> new HouseholdResidents(h.getId(), h.getGridCode(), h.getRegionPath(),
                members.getOrDefault(h.getId(), List.of()))).toList();
    }

    /** Scoped lookup for writes: a household outside the scope is not found. */
    public Household requireHousehold(long id) {
        return households.require(id);
    }

    private MemberView view(Resident r) {
        return new MemberView(r.getId(), r.getName(), r.getIdNumber().masked(), r.getSex().name(),
                Period.between(r.getBirthDate(), LocalDate.now(clock)).getYears(),
                r.getPhone() == null ? "" : r.getPhone().masked(), r.getRelation(), r.getResidentType());
    }

    private Specification<Household> specification(HouseholdFilter filter) {
        Specification<Household> spec = (root, query, cb) -> cb.conjunction();
        if (filter == null) {
            return spec;
        }
        if (filter.gridCode() != null && !filter.gridCode().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("gridCode"), filter.gridCode().strip()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> named = query.subquery(Long.class);
                var resident = named.from(Resident.class);
                named.select(resident.get("householdId")).where(cb.like(cb.lower(resident.get("name")), like, '\\'));
                return cb.or(cb.like(cb.lower(root.get("address")), like, '\\'), root.get("id").in(named));
            });
        }
        if (filter.idNumber() != null && !filter.idNumber().isBlank()) {
            List<String> hashes = ResidentIdNumber.isValid(filter.idNumber())
                    ? cipher.idNumberHashes(ResidentIdNumber.parse(filter.idNumber()))
                    : List.of();
            spec = spec.and((root, query, cb) -> {
                if (hashes.isEmpty()) {
                    return cb.disjunction();
                }
                Subquery<Long> byId = query.subquery(Long.class);
                var resident = byId.from(Resident.class);
                byId.select(resident.get("householdId")).where(resident.get("idNumberHash").in(hashes));
                return root.get("id").in(byId);
            });
        }
        return spec;
    }
}
