package org.shuangsheng.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shuangsheng.region.internal.RegionUnit;
import org.shuangsheng.region.internal.RegionUnitRepository;
import org.shuangsheng.region.internal.RegionUnits;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.RegionMoved;
import org.shuangsheng.shared.TypedText;
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

    static final Pattern CODE = Pattern.compile("\\d{2,20}");
    static final int MAX_NAME = 60;

    private final RegionUnitRepository units;
    private final RegionUnits tree;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegionManagement(RegionUnitRepository units, RegionUnits tree, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.tree = tree;
        this.events = events;
        this.clock = clock;
    }

    public RegionView create(NewRegion region) {
        return create(region, false);
    }

    public RegionView create(NewRegion region, boolean demo) {
        List<Violation> violations = new ArrayList<>();
        String code = trim(region.code());
        String name = trim(region.name());
        if (code == null) {
            violations.add(new Violation("code", "region.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new Violation("code", "region.code.format"));
        } else if (units.existsByCode(code)) {
            violations.add(new Violation("code", "region.code.taken", code));
        }
        checkName(name, violations);
        if (region.kind() == null) {
            violations.add(new Violation("kind", "region.kind.required"));
        }
        RegionUnit parent = null;
        if (region.kind() != null) {
            parent = checkParent(region.kind().level(), trim(region.parentCode()), violations);
            if (parent != null && name != null && units.siblingNamed(parent.getCode(), name, "")) {
                violations.add(new Violation("name", "region.name.taken", name));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String path = RegionUnits.pathFor(code, parent);
        if (units.existsByPath(path)) {
            throw new InvalidInputException("code", "region.code.pathTaken", path);
        }
        RegionUnit unit = units.save(new RegionUnit(code, name, region.kind(),
                parent == null ? null : parent.getCode(), path, demo, clock.instant()));
        events.publishEvent(new RegionCreated(code, unit.getLevel(), path));
        return unit.view();
    }

    public RegionView rename(String code, String newName) {
        RegionUnit unit = tree.get(code);
        String name = trim(newName);
        List<Violation> violations = new ArrayList<>();
        checkName(name, violations);
        if (name != null && unit.getParentCode() != null && units.siblingNamed(unit.getParentCode(), name, code)) {
            violations.add(new Violation("name", "region.name.taken", name));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        tree.rename(unit, name, clock.instant());
        return unit.view();
    }

    /** Moves a unit with its whole subtree under another parent of the same level as before. */
    public RegionView move(String code, String newParentCode) {
        RegionUnit unit = tree.get(code);
        if (unit.getLevel() == RegionLevel.DISTRICT) {
            throw new InvalidInputException("parentCode", "region.move.district");
        }
        List<Violation> violations = new ArrayList<>();
        RegionUnit parent = checkParent(unit.getLevel(), trim(newParentCode), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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

    private RegionUnit checkParent(RegionLevel level, String parentCode, List<Violation> violations) {
        if (level.parentLevel().isEmpty()) {
            if (parentCode != null) {
                violations.add(new Violation("parentCode", "region.parent.notAllowed"));
            }
            return null;
        }
        if (parentCode == null) {
            violations.add(new Violation("parentCode", "region.parent.required"));
            return null;
        }
        RegionUnit parent = units.findByCode(parentCode).orElse(null);
        if (parent == null) {
            violations.add(new Violation("parentCode", "region.parent.unknown", parentCode));
        } else if (parent.isRetired()) {
            violations.add(new Violation("parentCode", "region.parent.retired", parentCode));
        } else if (parent.getLevel() != level.parentLevel().get()) {
            violations.add(new Violation("parentCode", "region.parent.wrongLevel", parentCode));
        }
        return violations.isEmpty() ? parent : null;
    }

    private static void checkName(String name, List<Violation> violations) {
        if (name == null) {
            violations.add(new Violation("name", "region.name.required"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            violations.add(new Violation("name", "region.name.tooLong", MAX_NAME));
        } else if (TypedText.hasHiddenControls(name)) {
            violations.add(new Violation("name", "region.name.control"));
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Requires a unit to exist, for callers that act on a code taken from a URL. */
    public RegionView require(String code) {
        return units.findByCode(code).map(RegionUnit::view).orElseThrow(() -> new NotFoundException("region"));
    }
}
