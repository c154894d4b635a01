package org.shuangsheng.population;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
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
import org.shuangsheng.shared.validation.Violations;
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
    private final Validator validator;

    PopulationManagement(HouseholdRepository households, ResidentRepository residents, HouseholdMoveRepository moves,
            PopulationQueries queries, RegionQueries regions, DataScopes scopes, PersonalDataCipher cipher,
            AuditLog audit, Clock clock, org.shuangsheng.population.internal.PairingRepository pairings,
            org.shuangsheng.identity.AccountManagement accounts, ResidentMoveRepository residentMoves,
            GridTallies tallies, DuplicateIdNumbers duplicates, Validator validator) {
        this.validator = validator;
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
        List<NewMember> asked = household.members() == null ? List.of() : household.members();
        // Beyond the most a household may hold, members are not read: one answer says there are too many.
        List<NewMember> considered = asked.stream().limit(MAX_MEMBERS).map(m -> m == null ? NewMember.EMPTY : m)
                .toList();
        Violations violations = Violations.of(validator,
                household.withMembers(household.members() == null ? null : considered));
        RegionView grid = null;
        String gridCode = TypedText.stripped(household.gridCode());
        if (gridCode != null) {
            grid = writableGrid(gridCode).orElse(null);
            if (grid == null) {
                violations.add("gridCode", "population.grid.unknown", gridCode);
            }
        }
        String address = TypedText.stripped(household.address());
        if (grid != null && !violations.refused("address")
                && households.existsByGridCodeAndAddress(grid.code(), address)) {
            violations.add("address", "population.address.taken");
        }
        if (asked.size() > MAX_MEMBERS) {
            violations.add("members", "population.members.tooMany", MAX_MEMBERS);
        }
        // Numbers are looked up only for a grid the caller may write to, and only within its budget.
        if (grid != null) {
            duplicates.requireBudget(grid.code(), grid.path());
        }
        Set<String> hashes = new HashSet<>();
        long heads = 0;
        for (int i = 0; i < considered.size(); i++) {
            String prefix = "members[" + i + "].";
            violations.addAll(memberRules(considered.get(i), prefix, hashes, grid != null));
            if (!violations.refusedWithin(prefix) && relation(considered.get(i).relation()) == Relation.HEAD) {
                heads++;
            }
        }
        if (heads > 1) {
            violations.add("members", "population.members.oneHead");
        }
        violations.throwIfAny();
        Household saved = households.save(new Household(grid.code(), grid.path(), address,
                TypedText.stripped(household.notes()), clock.instant()));
        for (NewMember member : considered) {
            residents.save(resident(saved, member));
        }
        tallies.refresh(List.of(grid.path()));
        audit.record(AuditAction.CREATE, "household", saved.getId().toString(), AuditOutcome.SUCCESS,
                "grid " + grid.code() + ", " + considered.size() + " members");
        return saved.getId();
    }

    public long addMember(long householdId, NewMember member) {
        Household household = queries.requireHousehold(householdId);
        requireWritable(household.getRegionPath());
        Violations violations = Violations.of(validator, member);
        duplicates.requireBudget(household.getGridCode(), household.getRegionPath());
        violations.addAll(memberRules(member, "", new HashSet<>(), true));
        if (violations.isEmpty() && relation(member.relation()) == Relation.HEAD && residents
                .findByHouseholdIdOrderById(householdId).stream().anyMatch(r -> r.getRelation() == Relation.HEAD)) {
            violations.add("relation", "population.members.oneHead");
        }
        violations.throwIfAny();
        Resident saved = residents.save(resident(household, member));
        tallies.refresh(List.of(household.getRegionPath()));
        audit.record(AuditAction.CREATE, "resident", saved.getId().toString(), AuditOutcome.SUCCESS,
                "household " + householdId);
        return saved.getId();
    }

    /** Moves a household to another grid; its residents go with it and the move is kept. */
    public void move(long householdId, String gridCode) {
        Household household = queries.requireHousehold(householdId);
        requireWritable(household.getRegionPath());
        RegionView grid = requireGrid(gridCode, "gridCode");
        if (!grid.code().equals(household.getGridCode())
                && households.existsByGridCodeAndAddress(grid.code(), household.getAddress())) {
            throw new InvalidInputException("gridCode", "population.address.takenInGrid");
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
        Violations violations = Violations.of(validator, transfer);
        Household to = null;
        if (toHouseholdId != null) {
            to = queries.requireHousehold(toHouseholdId);
            requireWritable(to.getRegionPath());
            if (to.getId().equals(from.getId())) {
                violations.add("householdId", "population.residentMove.sameHousehold");
            }
        }
        Relation newRelation = relation(transfer.relation());
        if (newRelation == null) {
            violations.add("relation", "population.relation.unknown", TypedText.stripped(transfer.relation()));
            newRelation = Relation.OTHER;
        }
        if (to != null) {
            List<Resident> there = residents.findByHouseholdIdOrderById(to.getId());
            if (newRelation == Relation.HEAD && there.stream().anyMatch(r -> r.getRelation() == Relation.HEAD)) {
                violations.add("relation", "population.members.oneHead");
            }
            if (there.size() >= MAX_MEMBERS) {
                violations.add("householdId", "population.members.tooMany", MAX_MEMBERS);
            }
        }
        String why = TypedText.stripped(transfer.reason());
        Resident successor = null;
        if (resident.getRelation() == Relation.HEAD) {
            List<Resident> staying = residents.findByHouseholdIdOrderById(from.getId()).stream()
                    .filter(r -> !r.getId().equals(resident.getId())).toList();
            if (!staying.isEmpty() && newHeadId == null) {
                violations.add("newHeadId", "population.residentMove.newHeadRequired");
            } else if (!staying.isEmpty()) {
                successor = staying.stream().filter(r -> r.getId().equals(newHeadId)).findFirst().orElse(null);
                if (successor == null) {
                    violations.add("newHeadId", "population.residentMove.newHeadUnknown");
                }
            }
        }
        violations.throwIfAny();
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
        RegionView grid = requireGrid(gridCode, "gridCode");
        if (!pairings.existsByCadreUserIdAndGridCode(cadre.id(), grid.code())) {
            pairings.save(new org.shuangsheng.population.internal.Pairing(cadre.id(), null, grid.code(),
                    clock.instant(), by));
        }
        audit.record(AuditAction.UPDATE, "grid", grid.code(), AuditOutcome.SUCCESS, "paired with " + cadre.username());
    }

    /**
     * The rules of one member that its constraints cannot say: an ID number given once in the
     * request and not registered already; a relation and a resident type people write.
     */
    private List<Violation> memberRules(NewMember member, String prefix, Set<String> hashesInRequest,
            boolean lookUp) {
        List<Violation> found = new ArrayList<>();
        String idText = TypedText.stripped(member.idNumber());
        if (idText != null && ResidentIdNumber.isValid(idText, LocalDate.now(clock))) {
            ResidentIdNumber idNumber = ResidentIdNumber.parse(idText, clock);
            String hash = cipher.idNumberHash(idNumber);
            if (!hashesInRequest.add(hash)) {
                found.add(new Violation(prefix + "idNumber", "population.idNumber.repeated"));
            } else if (lookUp) {
                duplicates.check(cipher.idNumberHashes(idNumber), prefix + "idNumber").ifPresent(found::add);
            }
        }
        if (relation(member.relation()) == null) {
            found.add(new Violation(prefix + "relation", "population.relation.unknown",
                    TypedText.stripped(member.relation())));
        }
        if (word(ResidentType.class, member.residentType(), ResidentType.REGISTERED) == null) {
            found.add(new Violation(prefix + "residentType", "population.residentType.unknown",
                    TypedText.stripped(member.residentType())));
        }
        return found;
    }

    /** A member whose constraints and rules have passed, as it is stored. */
    private Resident resident(Household household, NewMember member) {
        ResidentIdNumber idNumber = ResidentIdNumber.parse(TypedText.stripped(member.idNumber()), clock);
        String phoneText = TypedText.stripped(member.phone());
        PhoneNumber phone = phoneText == null ? null : PhoneNumber.parse(phoneText);
        return new Resident(household.getId(), household.getRegionPath(), TypedText.stripped(member.name()), idNumber,
                cipher.idNumberHash(idNumber), phone, phone == null ? null : cipher.phoneHash(phone),
                relation(member.relation()), word(ResidentType.class, member.residentType(), ResidentType.REGISTERED),
                clock.instant());
    }

    /** A grid the caller may write to; outside the scope reads like a grid that does not exist. */
    private Optional<RegionView> writableGrid(String gridCode) {
        return regions.find(gridCode).filter(g -> g.level() == RegionLevel.GRID && !g.retired())
                .filter(g -> writable(g.path()));
    }

    private RegionView requireGrid(String code, String field) {
        String gridCode = TypedText.stripped(code);
        if (gridCode == null) {
            throw new InvalidInputException(field, "population.grid.required");
        }
        return writableGrid(gridCode)
                .orElseThrow(() -> new InvalidInputException(field, "population.grid.unknown", gridCode));
    }

    private boolean writable(String path) {
        return scopes.current() instanceof DataScope.Regions regions && regions.covers(path);
    }

    private void requireWritable(String path) {
        if (!writable(path)) {
            throw new NotFoundException("household");
        }
    }

    private static Relation relation(String text) {
        return word(Relation.class, text, Relation.OTHER);
    }

    /**
     * Accepts the code name or the word rosters use (户主, 配偶, 户籍…); {@code fallback} when
     * nothing is given, null when the word is unknown.
     */
    private static <E extends Enum<E>> E word(Class<E> type, String text, E fallback) {
        String value = TypedText.stripped(text);
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
            return null;
        }
    }
}
