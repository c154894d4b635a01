package org.shuangsheng.region.web;

import org.shuangsheng.region.RegionPolicy;

/**
 * What the caller may do on the region pages, answered by {@link RegionPolicy} (the rules the
 * routes enforce). Pages read it as {@code can}.
 */
record RegionActions(boolean edit) {

    static RegionActions ofCurrentUser() {
        return new RegionActions(RegionPolicy.EDITORS.allowsCurrentUser());
    }
}
