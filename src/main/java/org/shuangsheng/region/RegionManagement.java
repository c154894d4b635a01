package org.shuangsheng.region;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.region.internal.RegionUnit;
import org.shuangsheng.region.internal.RegionUnitRepository;
import org.shuangsheng.region.internal.RegionUnits;
import org.shuangsheng.region.internal.UnitName;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.RegionMoved;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the tree. A unit is never deleted: it is retired, so that records which name it
 * keep their meaning.
 */
@Service
@Transactional
public class RegionManagement {

    private final RegionUnitRepository units;
    private final RegionUnits tree;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    RegionManagement(RegionUnitRepository units, RegionUnits tree, ApplicationEventPublisher events, Clock clock,
            Validator validator) {
        this.validator = validator;
        this.units = units;
        this.tree = tree;
        this.events = events;
        this.clock = clock;
    }

    public RegionView create(NewRegion region) {
        return create(region, false);
    }

    public RegionView create(NewRegion region, boolean demo) {
        Violations violations = Violations.of(validator, region);
        String code = TypedText.stripped(region.code());
        String name = TypedText.stripped(region.name());
        if (!violations.refused("code") && units.existsByCode(code)) {
            violations.add("code", "region.code.taken", code);
        }
        RegionUnit parent = null;
        if (region.kind() != null) {
            String parentCode = TypedText.stripped(region.parentCode());
            Optional<RegionUnit> found = parentCode == null ? Optional.empty() : units.findByCode(parentCode);
            violations.add(parentRule(region.kind().level(), parentCode, found));
            // The sibling's name is looked up only for a unit otherwise sound, as it always was:
            // the answer to a form with other errors does not grow by this one.
            if (found.isPresent() && violations.isEmpty()) {
                parent = found.get();
                if (units.siblingNamed(parent.getCode(), name, "")) {
                    violations.add("name", "region.name.taken", name);
                }
            }
        }
        violations.throwIfAny();
        String path = RegionUnits.pathFor(code, parent);
        if (units.existsByPath(path)) {
            throw new InvalidInputException("code", "region.code.pathTaken", path);
        }
        RegionUnit unit = units.save(new RegionUnit(code, name, region.kind(),
                parent == null ? null : parent.getCode(), path, demo, clock.instant()));
        events.publishEvent(new RegionCreated(code, unit.getLevel(), path));
        return unit.view();
    }

    /** A new name for a unit, with the rules of a new unit's name. */
    record Rename(@NotBlankText(message = "region.name.required") @UnitName String name) {
    }

    public RegionView rename(String code, String newName) {
        RegionUnit unit = tree.get(code);
        Violations violations = Violations.of(validator, new Rename(newName));
        String name = TypedText.stripped(newName);
        if (!violations.refused("name") && unit.getParentCode() != null
                && units.siblingNamed(unit.getParentCode(), name, code)) {
            violations.add("name", "region.name.taken", name);
        }
        violations.throwIfAny();
        tree.rename(unit, name, clock.instant());
        return unit.view();
    }

    /** Moves a unit with its whole subtree under another parent of the same level as before. */
    public RegionView move(String code, String newParentCode) {
        RegionUnit unit = tree.get(code);
        if (unit.getLevel() == RegionLevel.DISTRICT) {
            throw new InvalidInputException("parentCode", "region.move.district");
        }
        String parentCode = TypedText.stripped(newParentCode);
        Optional<RegionUnit> found = parentCode == null ? Optional.empty() : units.findByCode(parentCode);
        parentRule(unit.getLevel(), parentCode, found).ifPresent(wrong -> {
            throw new InvalidInputException(List.of(wrong));
        });
        RegionUnit parent = found.orElseThrow();
        if (parent.getCode().equals(unit.getParentCode())) {
            return unit.view();
        }
        if (units.siblingNamed(parent.getCode(), unit.getName(), code)) {
            throw new InvalidInputException("parentCode", "region.name.takenUnderParent", unit.getName());
        }
        String oldPath = unit.getPath();
        String newPath = RegionUnits.pathFor(code, parent);
        if (units.existsByPath(newPath)) {
            throw new InvalidInputException("parentCode", "region.code.pathTaken", newPath);
        }
        tree.move(unit, parent.getCode(), newPath, clock.instant());
        events.publishEvent(new RegionMoved(code, oldPath, newPath));
        return unit.view();
    }

    public RegionView retire(String code) {
        RegionUnit unit = tree.get(code);
        if (units.hasActiveChildren(code)) {
            throw new InvalidInputException("code", "region.retire.hasChildren");
        }
        tree.retire(unit, clock.instant());
        events.publishEvent(new RegionRetired(code, unit.getPath()));
        return unit.view();
    }

    public RegionView reinstate(String code) {
        RegionUnit unit = tree.get(code);
        if (unit.getParentCode() != null && tree.get(unit.getParentCode()).isRetired()) {
            throw new InvalidInputException("code", "region.reinstate.parentRetired");
        }
        tree.reinstate(unit, clock.instant());
        return unit.view();
    }

    /**
     * What is wrong with the parent of a unit of {@code level}, if anything: none for a district,
     * else a unit in use one level up. {@code parent} is the unit {@code parentCode} names, if any.
     */
    private static Optional<Violation> parentRule(RegionLevel level, String parentCode, Optional<RegionUnit> parent) {
        if (level.parentLevel().isEmpty()) {
            return parentCode == null ? Optional.empty()
                    : Optional.of(new Violation("parentCode", "region.parent.notAllowed"));
        }
        if (parentCode == null) {
            return Optional.of(new Violation("parentCode", "region.parent.required"));
        }
        if (parent.isEmpty()) {
            return Optional.of(new Violation("parentCode", "region.parent.unknown", parentCode));
        }
        if (parent.get().isRetired()) {
            return Optional.of(new Violation("parentCode", "region.parent.retired", parentCode));
        }
        if (parent.get().getLevel() != level.parentLevel().get()) {
            return Optional.of(new Violation("parentCode", "region.parent.wrongLevel", parentCode));
        }
        return Optional.empty();
    }

    /** Requires a unit to exist, for callers that act on a code taken from a URL. */
    public RegionView require(String code) {
        return units.findByCode(code).map(RegionUnit::view).orElseThrow(() -> new NotFoundException("region"));
    }
}
