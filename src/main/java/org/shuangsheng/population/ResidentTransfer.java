package org.shuangsheng.population;

import jakarta.validation.constraints.NotNull;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;

/**
 * Where a resident goes: the household, the relation to its head (a code name or a roster's word,
 * 其他 when empty), who becomes the head of the household left behind when the head moves out,
 * and why.
 */
public record ResidentTransfer(
        @NotNull(message = "population.residentMove.householdRequired") Long householdId,
        String relation,
        Long newHeadId,
        @NotBlankText(message = "population.residentMove.reasonRequired")
        @PlainText(max = 200, message = "population.residentMove.reasonFormat") String reason) {
}
