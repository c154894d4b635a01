package org.shuangsheng.population;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.population.internal.DuplicateIdNumbers;
import org.shuangsheng.population.internal.GridTallies;
import org.shuangsheng.population.internal.Household;
import org.shuangsheng.population.internal.HouseholdMove;
import org.shuangsheng.population.internal.HouseholdMoveRepository;
import org.shuangsheng.population.internal.HouseholdRepository;
import org.shuangsheng.population.internal.Pairing;
import org.shuangsheng.population.internal.Resident;
import org.shuangsheng.population.internal.ResidentMove;
import org.shuangsheng.population.internal.ResidentMoveRepository;
import org.shuangsheng.population.internal.ResidentRepository;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.TypedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering households and their members in a grid, and moving them. A user may write only
 * in grids of its own scope; every change is audited.
 */
@Service
@Transactional
public class PopulationManagement {

    static final int MAX_MEMBERS = 30;

    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final HouseholdMoveRepository moves;
    private final PopulationQueries queries;
    private final RegionQueries regions;
    private final DataScopes scopes;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final org.shuangsheng.population.internal.PairingRepository pairings;
    private final org.shuangsheng.identity.AccountManagement accounts;
    private final ResidentMoveRepository residentMoves;
    private final GridTallies tallies;
    private final DuplicateIdNumbers duplicates;

    PopulationManagement(HouseholdRepository households, ResidentRepository residents, HouseholdMoveRepository moves,
            PopulationQueries queries, RegionQueries regions, DataScopes scopes, PersonalDataCipher cipher,
            AuditLog audit, Clock clock, org.shuangsheng.population.internal.PairingRepository pairings,
            org.shuangsheng.identity.AccountManagement accounts, ResidentMoveRepository residentMoves,
            GridTallies tallies, DuplicateIdNumbers duplicates) {
        this.duplicates = duplicates;
        this.residentMoves = residentMoves;
        this.tallies = tallies;
        this.pairings = pairings;
        this.accounts = accounts;
        this.households = households;
        this.residents = residents;
        this.moves = moves;
        this.queries = queries;
        this.regions = regions;
        this.scopes = scopes;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    public long register(NewHousehold household) {
        List<Violation> violations = new ArrayList<>();
        RegionView grid = checkGrid(household.gridCode(), "gridCode", violations);
        String address = text(household.address());
        if (address == null) {
            violations.add(new Violation("address", "population.address.required"));
        } else if (address.length() > 200 || TypedText.hasHiddenControls(address)) {
            violations.add(new Violation("address", "population.address.format"));
        } else if (grid != null && households.existsByGridCodeAndAddress(grid.code(), address)) {
            violations.add(new Violation("address", "population.address.taken"));
        }
        String notes = text(household.notes());
        if (notes != null && notes.length() > 500) {
            violations.add(new Violation("notes", "population.notes.tooLong"));
        }
        List<NewMember> members = household.members() == null ? List.of() : household.members();
        if (members.isEmpty()) {
            violations.add(new Violation("members", "population.members.required"));
        } else if (members.size() > MAX_MEMBERS) {
            violations.add(new Violation("members", "population.members.tooMany", MAX_MEMBERS));
        }
        List<Checked> checked = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        // Numbers are looked up only for a grid the caller may write to, and only within its budget.
        if (grid != null) {
            duplicates.requireBudget(grid.code(), grid.path());
        }
        for (int i = 0; i < Math.min(members.size(), MAX_MEMBERS); i++) {
            check(members.get(i), "members[" + i + "].", hashes, grid != null, violations).ifPresent(checked::add);
        }
        if (checked.stream().filter(m -> m.relation() == Relation.HEAD).count() > 1) {
            violations.add(new Violation("members", "population.members.oneHead"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Household saved = households.save(new Household(grid.code(), grid.path(), address, notes, clock.instant()));
        for (Checked member : checked) {
            residents.save(resident(saved, member));
        }
        tallies.refresh(List.of(grid.path()));
        audit.record(AuditAction.CREATE, "household", saved.getId().toString(), AuditOutcome.SUCCESS,
                "grid " + grid.code() + ", " + checked.size() + " members");
        return saved.getId();
    }

    public long addMember(long householdId, NewMember member) {
        Household household = queries.requireHousehold(householdId);
        requireWritable(household.getRegionPath());
        List<Violation> violations = new ArrayList<>();
        duplicates.requireBudget(household.getGridCode(), household.getRegionPath());
        Optional<Checked> checked = check(member, "", new HashSet<>(), true, violations);
        if (checked.isPresent() && checked.get().relation() == Relation.HEAD && residents
                .findByHouseholdIdOrderById(householdId).stream().anyMatch(r -> r.getRelation() == Relation.HEAD)) {
            violations.add(new Violation("relation", "population.members.oneHead"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Resident saved = residents.save(resident(household, checked.get()));
        tallies.refresh(List.of(household.getRegionPath()));
        audit.record(AuditAction.CREATE, "resident", saved.getId().toString(), AuditOutcome.SUCCESS,
                "household " + householdId);
        return saved.getId();
    }

    /** Moves a household to another grid; its residents go with it and the move is kept. */
    public void move(long householdId, String gridCode) {
        Household household = queries.requireHousehold(householdId);
        requireWritable(household.getRegionPath());
        List<Violation> violations = new ArrayList<>();
        RegionView grid = checkGrid(gridCode, "gridCode", violations);
        if (grid != null && !grid.code().equals(household.getGridCode())
                && households.existsByGridCodeAndAddress(grid.code(), household.getAddress())) {
            violations.add(new Violation("gridCode", "population.address.takenInGrid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (grid.code().equals(household.getGridCode())) {
            return;
        }
        String from = household.getGridCode();
        String fromPath = household.getRegionPath();
        household.moveTo(grid.code(), grid.path(), clock.instant());
        residents.moveHousehold(householdId, grid.path());
        tallies.refresh(List.of(fromPath, grid.path()));
        moves.save(new HouseholdMove(householdId, from, grid.code(), clock.instant(),
                currentUsername()));
        audit.record(AuditAction.UPDATE, "household", Long.toString(householdId), AuditOutcome.SUCCESS,
                "moved " + from + " -> " + grid.code());
    }

    /**
     * Moves a resident into another household (she marries into it, or was registered in the
     * wrong one), with the relation to that household's head and a reason, keeping the move in
     * the history of both households. The resident's region follows the new household. Both
     * households must be the caller's to change, or the move answers 404.
     *
     * <p>When the head moves out of a household where others remain, one of them must be named
     * ({@code newHeadId}) to become its head in the same step: a household is never left with
     * members and no head. A head who was its only member leaves an empty household behind.
     */
    public void moveResident(long residentId, ResidentTransfer transfer) {
        Resident resident = residents.findById(residentId).orElseThrow(() -> new NotFoundException("resident"));
        moveResident(resident, transfer);
    }

    /** The same, from a household's page: a resident who is not a member of it is not found. */
    public void moveResident(long fromHouseholdId, long residentId, ResidentTransfer transfer) {
        Resident resident = residents.findById(residentId).filter(r -> r.getHouseholdId() == fromHouseholdId)
                .orElseThrow(() -> new NotFoundException("resident"));
        moveResident(resident, transfer);
    }

    private void moveResident(Resident resident, ResidentTransfer transfer) {
        Long toHouseholdId = transfer.householdId();
        Long newHeadId = transfer.newHeadId();
        long residentId = resident.getId();
        Household from = queries.requireHousehold(resident.getHouseholdId());
        requireWritable(from.getRegionPath());
        List<Violation> violations = new ArrayList<>();
        Household to = null;
        if (toHouseholdId == null) {
            violations.add(new Violation("householdId", "population.residentMove.householdRequired"));
        } else {
            to = queries.requireHousehold(toHouseholdId);
            requireWritable(to.getRegionPath());
            if (to.getId().equals(from.getId())) {
                violations.add(new Violation("householdId", "population.residentMove.sameHousehold"));
            }
        }
        Relation newRelation = parse(Relation.class, transfer.relation(), Relation.OTHER, "relation",
                "population.relation.unknown", violations);
        if (to != null) {
            List<Resident> there = residents.findByHouseholdIdOrderById(to.getId());
            if (newRelation == Relation.HEAD && there.stream().anyMatch(r -> r.getRelation() == Relation.HEAD)) {
                violations.add(new Violation("relation", "population.members.oneHead"));
            }
            if (there.size() >= MAX_MEMBERS) {
                violations.add(new Violation("householdId", "population.members.tooMany", MAX_MEMBERS));
            }
        }
        String why = text(transfer.reason());
        if (why == null) {
            violations.add(new Violation("reason", "population.residentMove.reasonRequired"));
        } else if (why.length() > 200 || TypedText.hasHiddenControls(why)) {
            violations.add(new Violation("reason", "population.residentMove.reasonFormat"));
        }
        Resident successor = null;
        if (resident.getRelation() == Relation.HEAD) {
            List<Resident> staying = residents.findByHouseholdIdOrderById(from.getId()).stream()
                    .filter(r -> !r.getId().equals(resident.getId())).toList();
            if (!staying.isEmpty() && newHeadId == null) {
                violations.add(new Violation("newHeadId", "population.residentMove.newHeadRequired"));
            } else if (!staying.isEmpty()) {
                successor = staying.stream().filter(r -> r.getId().equals(newHeadId)).findFirst().orElse(null);
                if (successor == null) {
                    violations.add(new Violation("newHeadId", "population.residentMove.newHeadUnknown"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        residentMoves.save(new ResidentMove(resident, to, newRelation, why, clock.instant(), currentUsername()));
        resident.moveTo(to, newRelation, clock.instant());
        if (successor != null) {
            successor.becomeHead(clock.instant());
        }
        tallies.refresh(List.of(from.getRegionPath(), to.getRegionPath()));
        audit.record(AuditAction.UPDATE, "resident", Long.toString(residentId), AuditOutcome.SUCCESS,
                "moved from household " + from.getId() + " to " + to.getId()
                        + (successor == null ? "" : ", resident " + successor.getId() + " now head"));
    }

    /**
     * Ends a pairing (包保) of a cadre with a household or a whole grid; at once the cadre no
     * longer sees what it covered. Only a pairing the caller may change is found. Answers the
     * cadre's username.
     */
    public String unpair(long pairingId) {
        Pairing pairing = pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("pairing"));
        if (pairing.getHouseholdId() != null) {
            requireWritable(queries.requireHousehold(pairing.getHouseholdId()).getRegionPath());
        } else {
            requireWritable(regions.find(pairing.getGridCode()).map(RegionView::path).orElse(null));
        }
        String cadre = accounts.require(pairing.getCadreUserId()).username();
        pairings.delete(pairing);
        audit.record(AuditAction.UPDATE, pairing.getHouseholdId() != null ? "household" : "grid",
                pairing.getHouseholdId() != null ? pairing.getHouseholdId().toString() : pairing.getGridCode(),
                AuditOutcome.SUCCESS, "unpaired from " + cadre);
        return cadre;
    }

    private static String currentUsername() {
        return CurrentUser.scope().map(s -> s.username()).orElse("system");
    }

    /**
     * Pairs a cadre (包保干部) with one household, or with every household of a grid when no
     * household is named. Only an official of the grid's subtree pairs.
     */
    public void pair(String cadreUsername, Long householdId, String gridCode) {
        org.shuangsheng.identity.AccountView cadre = accounts.findEnabled(cadreUsername)
                .filter(a -> a.role() == org.shuangsheng.identity.Role.CADRE)
                .orElseThrow(() -> new InvalidInputException("cadre", "population.pairing.noCadre",
                        cadreUsername == null ? "" : cadreUsername.strip()));
        String by = currentUsername();
        if (householdId != null) {
            Household household = queries.requireHousehold(householdId);
            requireWritable(household.getRegionPath());
            if (!pairings.existsByCadreUserIdAndHouseholdId(cadre.id(), householdId)) {
                pairings.save(new org.shuangsheng.population.internal.Pairing(cadre.id(), householdId, null,
                        clock.instant(), by));
            }
            audit.record(AuditAction.UPDATE, "household", householdId.toString(), AuditOutcome.SUCCESS,
                    "paired with " + cadre.username());
            return;
        }
        List<Violation> violations = new ArrayList<>();
        RegionView grid = checkGrid(gridCode, "gridCode", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!pairings.existsByCadreUserIdAndGridCode(cadre.id(), grid.code())) {
            pairings.save(new org.shuangsheng.population.internal.Pairing(cadre.id(), null, grid.code(),
                    clock.instant(), by));
        }
        audit.record(AuditAction.UPDATE, "grid", grid.code(), AuditOutcome.SUCCESS, "paired with " + cadre.username());
    }

    private record Checked(String name, ResidentIdNumber idNumber, PhoneNumber phone, Relation relation,
            ResidentType type) {
    }

    private Optional<Checked> check(NewMember member, String prefix, Set<String> hashesInRequest,
            boolean lookUp, List<Violation> violations) {
        int before = violations.size();
        String name = text(member.name());
        if (name == null) {
            violations.add(new Violation(prefix + "name", "population.name.required"));
        } else if (name.codePointCount(0, name.length()) > 60 || TypedText.hasHiddenControls(name)) {
            violations.add(new Violation(prefix + "name", "population.name.format"));
        }
        ResidentIdNumber idNumber = null;
        String idText = text(member.idNumber());
        if (idText == null) {
            violations.add(new Violation(prefix + "idNumber", "population.idNumber.required"));
        } else {
            try {
                idNumber = ResidentIdNumber.parse(idText, clock);
                String hash = cipher.idNumberHash(idNumber);
                if (!hashesInRequest.add(hash)) {
                    violations.add(new Violation(prefix + "idNumber", "population.idNumber.repeated"));
                } else if (lookUp) {
                    duplicates.check(cipher.idNumberHashes(idNumber), prefix + "idNumber").ifPresent(violations::add);
                }
            } catch (org.shuangsheng.shared.InvalidValueException e) {
                violations.add(new Violation(prefix + "idNumber", e.messageKey()));
            }
        }
        PhoneNumber phone = null;
        String phoneText = text(member.phone());
        if (phoneText != null) {
            try {
                phone = PhoneNumber.parse(phoneText);
            } catch (org.shuangsheng.shared.InvalidValueException e) {
                violations.add(new Violation(prefix + "phone", e.messageKey()));
            }
        }
        Relation relation = parse(Relation.class, member.relation(), Relation.OTHER, prefix + "relation",
                "population.relation.unknown", violations);
        ResidentType type = parse(ResidentType.class, member.residentType(), ResidentType.REGISTERED,
                prefix + "residentType", "population.residentType.unknown", violations);
        return violations.size() == before ? Optional.of(new Checked(name, idNumber, phone, relation, type))
                : Optional.empty();
    }

    private Resident resident(Household household, Checked member) {
        return new Resident(household.getId(), household.getRegionPath(), member.name(), member.idNumber(),
                cipher.idNumberHash(member.idNumber()), member.phone(),
                member.phone() == null ? null : cipher.phoneHash(member.phone()), member.relation(), member.type(),
                clock.instant());
    }

    private RegionView checkGrid(String code, String field, List<Violation> violations) {
        String gridCode = text(code);
        if (gridCode == null) {
            violations.add(new Violation(field, "population.grid.required"));
            return null;
        }
        Optional<RegionView> grid = regions.find(gridCode).filter(g -> g.level() == RegionLevel.GRID && !g.retired());
        if (grid.isEmpty()) {
            violations.add(new Violation(field, "population.grid.unknown", gridCode));
            return null;
        }
        if (!writable(grid.get().path())) {
            // Outside the scope reads like a grid that does not exist.
            violations.add(new Violation(field, "population.grid.unknown", gridCode));
            return null;
        }
        return grid.get();
    }

    private boolean writable(String path) {
        return scopes.current() instanceof DataScope.Regions regions && regions.covers(path);
    }

    private void requireWritable(String path) {
        if (!writable(path)) {
            throw new NotFoundException("household");
        }
    }

    /** Accepts the code name or the word rosters use (户主, 配偶, 户籍…). */
    private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback, String field, String key,
            List<Violation> violations) {
        String value = text(text);
        if (value == null) {
            return fallback;
        }
        E word = Words.of(type, value);
        if (word != null) {
            return word;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, key, value));
            return fallback;
        }
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
