package org.shuangsheng.region;

import jakarta.validation.constraints.NotNull;
import org.shuangsheng.region.internal.UnitName;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.RegionCode;

/**
 * A unit to add under an existing parent (no parent for a district). That the code is free, the
 * parent one level up and in use, and the name free under it, is checked by
 * {@link RegionManagement#create}.
 */
public record NewRegion(
        @NotBlankText(message = "region.code.required") @RegionCode(message = "region.code.format") String code,
        @NotBlankText(message = "region.name.required") @UnitName String name,
        @NotNull(message = "region.kind.required") RegionKind kind,
        String parentCode) {
}
