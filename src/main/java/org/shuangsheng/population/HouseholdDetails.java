package org.shuangsheng.population;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.population.internal.Household;
import org.shuangsheng.population.internal.PairingRepository;
import org.shuangsheng.population.internal.ResidentMove;
import org.shuangsheng.population.internal.ResidentMoveRepository;
import org.shuangsheng.population.internal.ResidentRepository;
import org.shuangsheng.shared.Masking;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a household page shows beside its members: who moved in or out, and which cadres answer
 * for it. A household outside the caller's scope answers 404, as everywhere.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdDetails {

    private final PopulationQueries queries;
    private final ResidentMoveRepository moves;
    private final ResidentRepository residents;
    private final PairingRepository pairings;
    private final AccountManagement accounts;
    private final Clock clock;

    HouseholdDetails(PopulationQueries queries, ResidentMoveRepository moves, ResidentRepository residents,
            PairingRepository pairings, AccountManagement accounts, Clock clock) {
        this.queries = queries;
        this.moves = moves;
        this.residents = residents;
        this.pairings = pairings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Residents who moved into or out of the household, the latest first. */
    public List<ResidentMoveView> residentMoves(long householdId) {
        queries.requireHousehold(householdId);
        List<ResidentMove> list = moves.findByHousehold(householdId);
        Map<Long, String> names = new HashMap<>();
        residents.findAllById(list.stream().map(ResidentMove::getResidentId).distinct().toList())
                .forEach(r -> names.put(r.getId(), Masking.name(r.getName())));
        Map<Long, Optional<String>> addresses = new HashMap<>();
        return list.stream().map(m -> {
            boolean in = m.getToHouseholdId() == householdId;
            long other = in ? m.getFromHouseholdId() : m.getToHouseholdId();
            String address = addresses.computeIfAbsent(other, this::addressInScope).orElse(null);
            return new ResidentMoveView(m.getResidentId(), names.getOrDefault(m.getResidentId(), ""), in, other,
                    address, m.getFromRelation(), m.getToRelation(), m.getReason(), m.getMovedBy(),
                    LocalDateTime.ofInstant(m.getMovedAt(), clock.getZone()));
        }).toList();
    }

    /** The cadres paired with the household itself or with its whole grid. */
    public List<PairingView> pairings(long householdId) {
        Household household = queries.requireHousehold(householdId);
        return pairings.findByHouseholdIdOrGridCodeOrderById(householdId, household.getGridCode()).stream()
                .map(p -> {
                    AccountView cadre = accounts.require(p.getCadreUserId());
                    return new PairingView(p.getId(), cadre.username(), cadre.displayName(), p.getGridCode(),
                            p.getCreatedBy(), LocalDateTime.ofInstant(p.getCreatedAt(), clock.getZone()));
                }).toList();
    }

    private Optional<String> addressInScope(long householdId) {
        try {
            return Optional.of(queries.requireHousehold(householdId).getAddress());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
