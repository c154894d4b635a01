package org.shuangsheng.population;

import org.shuangsheng.shared.validation.MobilePhone;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;
import org.shuangsheng.shared.validation.ResidentId;

/**
 * A person to add to a household, as typed. The relation and the resident type take a code name
 * or a roster's word (户主, 户籍); they and the ID number's uniqueness are checked by the module.
 */
public record NewMember(
        @NotBlankText(message = "population.name.required")
        @PlainText(max = 60, codePoints = true, message = "population.name.format") String name,
        @NotBlankText(message = "population.idNumber.required") @ResidentId String idNumber,
        @MobilePhone String phone,
        String relation,
        String residentType) {

    /** A member sent as {@code null}: every required value is missing. */
    static final NewMember EMPTY = new NewMember(null, null, null, null, null);
}
