package org.shuangsheng.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.TodoItem;
import org.shuangsheng.identity.TodoSource;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.population.RegionCount;
import org.shuangsheng.screening.QuarantineList;
import org.shuangsheng.shared.RegionPath;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening's lines of the to-do home. A grid worker: the households of its grids the current
 * round has not reached, and the people in quarantine whose check-in of today is still missing.
 * The commander and subdistrict officers: the quarantine orders waiting to be confirmed, counted
 * by the dashboard's own query. Every count is within the user's regions.
 */
@Component
class ScreeningTodo implements TodoSource {

    private final ScreeningRoundRepository rounds;
    private final ScreeningTallies tallies;
    private final PopulationQueries population;
    private final QuarantineRepository quarantines;
    private final DataScopes scopes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ScreeningTodo(ScreeningRoundRepository rounds, ScreeningTallies tallies, PopulationQueries population,
            QuarantineRepository quarantines, DataScopes scopes, JdbcTemplate jdbc, Clock clock) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.population = population;
        this.quarantines = quarantines;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todo(Scope scope) {
        if (!(scopes.of(scope) instanceof DataScope.Regions regions)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        if (scope.role() == Role.GRID_WORKER) {
            List<TodoItem> items = new ArrayList<>();
            currentRound(regions, today).ifPresent(round -> items.add(new TodoItem("screening-unvisited",
                    "screening.todo.unvisited", unvisited(round, regions),
                    "/screening-rounds/" + round.getId() + "/unvisited", "warning")));
            items.add(new TodoItem("quarantine-check-ins", "quarantine.todo.checkIns", checkInsDue(regions, today),
                    "/quarantines?list=" + QuarantineList.ACTIVE, "warning"));
            return items;
        }
        if (scope.role() == Role.COMMANDER || scope.role() == Role.SUBDISTRICT_OFFICER) {
            return List.of(new TodoItem("quarantine-pending", "quarantine.todo.pending", pending(regions, today),
                    "/quarantines?list=" + QuarantineList.PROPOSED, "danger"));
        }
        return List.of();
    }

    /** The newest round under way today that reaches the user's regions: the one being worked. */
    private Optional<ScreeningRound> currentRound(DataScope.Regions regions, LocalDate today) {
        return rounds.findAllByOrderByStartDateDescIdDesc().stream()
                .filter(r -> !r.isClosed() && !r.getStartDate().isAfter(today) && !r.getEndDate().isBefore(today))
                .filter(r -> regions.paths().stream().anyMatch(path -> within(r, path) != null))
                .max(Comparator.comparing(ScreeningRound::getStartDate).thenComparing(ScreeningRound::getId));
    }

    /**
     * Households of the user's regions within the round, less those visited in it: population
     * and screening each add up their per-grid tally in the database (no join across modules).
     */
    private long unvisited(ScreeningRound round, DataScope.Regions regions) {
        long open = 0;
        for (String path : regions.paths()) {
            String within = within(round, path);
            if (within != null) {
                open += population.countsByGrid(within).stream().mapToLong(RegionCount::households).sum()
                        - tallies.visitedByGrid(round.getId(), within).values().stream().mapToLong(Long::longValue)
                                .sum();
            }
        }
        return Math.max(0, open);
    }

    /** The part of the round's region the user's region covers: the smaller of the two, or null. */
    private static String within(ScreeningRound round, String path) {
        RegionPath roundPath = RegionPath.of(round.getRegionPath());
        return RegionPath.of(path).isWithin(roundPath) ? path
                : roundPath.isWithin(RegionPath.of(path)) ? round.getRegionPath() : null;
    }

    /** Confirmed orders started before today with no check-in of today yet. */
    private long checkInsDue(DataScope.Regions regions, LocalDate today) {
        DataScope.SqlCondition within = regions.condition("q.region_path");
        List<Object> params = new ArrayList<>();
        params.add(today);
        params.add(today);
        params.addAll(within.params());
        Long due = jdbc.queryForObject("""
                select count(*) from screening_quarantine q
                where q.status = 'CONFIRMED' and q.start_date < ?
                  and not exists (select 1 from screening_check_in c where c.quarantine_id = q.id and c.check_date = ?)
                  and """ + within.sql(), Long.class, params.toArray());
        return due == null ? 0 : due;
    }

    /** The orders waiting now, by the query of the dashboard's 待确认 figure, in each region of the scope. */
    private long pending(DataScope.Regions regions, LocalDate today) {
        long waiting = 0;
        for (String path : regions.paths()) {
            for (Object[] row : quarantines.figuresByChild(today, clock.instant(), path, path + "/%",
                    path.length() + 2)) {
                waiting += row[4] == null ? 0 : ((Number) row[4]).longValue();
            }
        }
        return waiting;
    }
}
