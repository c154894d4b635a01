package org.shuangsheng.region.internal;

import java.time.Instant;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.RegionPath;
import org.springframework.stereotype.Component;

/** The changes of state of units, kept here so that only the module can make them. */
@Component
public class RegionUnits {

    private final RegionUnitRepository units;

    RegionUnits(RegionUnitRepository units) {
        this.units = units;
    }

    /**
     * A unit's path segment is its code with the parent's code cut off where the code extends
     * it (230506001 under 230506 gives 001), or the whole code where it does not (after a move),
     * so paths stay short and a unit keeps its code wherever it goes.
     */
    public static String pathFor(String code, RegionUnit parent) {
        if (parent == null) {
            return RegionPath.root(code).value();
        }
        String segment = code.startsWith(parent.getCode()) && code.length() > parent.getCode().length()
                ? code.substring(parent.getCode().length())
                : code;
        return RegionPath.of(parent.getPath()).child(segment).value();
    }

    public RegionUnit get(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("region"));
    }

    public void rename(RegionUnit unit, String name, Instant now) {
        unit.rename(name, now);
    }

    public void move(RegionUnit unit, String parentCode, String newPath, Instant now) {
        String oldPath = unit.getPath();
        units.rebaseDescendants(newPath, oldPath.length() + 1, oldPath + "/%");
        unit.moveUnder(parentCode, newPath, now);
    }

    public void retire(RegionUnit unit, Instant now) {
        unit.retire(now);
    }

    public void reinstate(RegionUnit unit, Instant now) {
        unit.reinstate(now);
    }
}
