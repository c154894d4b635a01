package org.shuangsheng.region.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.shuangsheng.identity.RegionDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class RegionDirectoryAdapter implements RegionDirectory {

    private final RegionUnitRepository units;

    RegionDirectoryAdapter(RegionUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> pathsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return units.findByCodeIn(codes).stream().filter(u -> !u.isRetired())
                .collect(Collectors.toMap(RegionUnit::getCode, RegionUnit::getPath));
    }
}
