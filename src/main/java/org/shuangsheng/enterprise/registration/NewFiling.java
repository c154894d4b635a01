package org.shuangsheng.enterprise.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.shuangsheng.enterprise.internal.Count;
import org.shuangsheng.enterprise.internal.FreeText;
import org.shuangsheng.shared.validation.MobilePhone;
import org.shuangsheng.shared.validation.NotBlankText;

/**
 * A resumption filing (报备) as typed: the prevention plan, the planned date and the commitment
 * (承诺书), which counts only when {@code commitmentAccepted} is true. The plans are paragraphs:
 * line breaks and tabs pass, other control characters do not. Whether the planned date is near
 * enough to today, and whether the enterprise may file now, are checked by
 * {@link EnterpriseManagement#fileForResumption}.
 */
public record NewFiling(
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 60, codePoints = true) String preventionLead,
        @NotBlankText(message = "enterprise.phone.required") @MobilePhone String preventionLeadPhone,
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 2000, allowed = PARAGRAPH) String emergencyPlan,
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 2000, allowed = PARAGRAPH) String staffScreening,
        @NotNull(message = "enterprise.filing.suppliesDays.required")
        @Count(min = EnterpriseManagement.MIN_SUPPLIES_DAYS, max = 365, showMin = true,
                message = "enterprise.filing.suppliesDays.min")
        Integer suppliesDays,
        @NotNull(message = "enterprise.filing.isolationRoom.required")
        @AssertTrue(message = "enterprise.filing.isolationRoom.required")
        Boolean isolationRoom,
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 1000, allowed = PARAGRAPH) String disinfection,
        @FreeText(max = 1000, allowed = PARAGRAPH) String dining,
        @FreeText(max = 1000, allowed = PARAGRAPH) String meetings,
        @FreeText(max = 1000, allowed = PARAGRAPH) String commuting,
        @NotNull(message = "enterprise.filing.plannedDate.required") LocalDate plannedResumptionDate,
        @FreeText(max = 4000, allowed = PARAGRAPH) String commitmentText,
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 60, codePoints = true) String commitmentSignatory,
        @AssertTrue(message = "enterprise.filing.commitment.notAccepted") boolean commitmentAccepted) {

    /** The control characters a paragraph of a plan may hold. */
    static final String PARAGRAPH = "\n\r\t";
}
