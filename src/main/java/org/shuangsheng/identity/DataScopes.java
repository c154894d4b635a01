package org.shuangsheng.identity;

import java.util.HashSet;
import org.springframework.stereotype.Service;

/** The data scope of the user the current request runs for. */
@Service
public class DataScopes {

    private final RegionDirectory regions;

    DataScopes(RegionDirectory regions) {
        this.regions = regions;
    }

    /** The current user's scope; a request with nobody signed in sees nothing. */
    public DataScope current() {
        return CurrentUser.scope().map(this::of).orElseGet(DataScope.Nothing::new);
    }

    public DataScope of(Scope scope) {
        switch (scope.role()) {
            case COMMANDER, DEPARTMENT, SUBDISTRICT_OFFICER, GRID_WORKER:
                return new DataScope.Regions(new HashSet<>(regions.pathsOf(scope.regionCodes()).values()));
            case CADRE:
                return new DataScope.Paired(scope.userId());
            case CHECKPOINT_GUARD:
                return scope.checkpointId() == null ? new DataScope.Nothing()
                        : new DataScope.Checkpoint(scope.checkpointId());
            case ENTERPRISE:
                return scope.enterpriseId() == null ? new DataScope.Nothing()
                        : new DataScope.Enterprise(scope.enterpriseId());
            case FARMER:
                return new DataScope.Own(scope.userId());
            default:
                return new DataScope.Nothing();
        }
    }
}
