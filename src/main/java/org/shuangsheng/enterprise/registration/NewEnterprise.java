package org.shuangsheng.enterprise.registration;

import org.shuangsheng.enterprise.internal.Count;
import org.shuangsheng.enterprise.internal.FreeText;
import org.shuangsheng.enterprise.internal.KnownIndustry;
import org.shuangsheng.enterprise.internal.KnownSize;
import org.shuangsheng.shared.validation.MobilePhone;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.Uscc;

/**
 * An enterprise as the task force registers or edits it, on the page or through the API; every
 * value as typed. Whether the subdistrict is one of the caller's and whether the credit code is
 * taken are checked by {@link EnterpriseManagement}, which reads the database for both.
 */
public record NewEnterprise(
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 100, codePoints = true) String name,
        @NotBlankText(message = "enterprise.uscc.required") @Uscc String uscc,
        @NotBlankText(message = "enterprise.industry.required") @KnownIndustry String industry,
        @NotBlankText(message = "enterprise.size.required") @KnownSize String size,
        @NotBlankText(message = "enterprise.subdistrict.required") String subdistrictCode,
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 200, codePoints = true) String address,
        @FreeText(max = 60, codePoints = true) String legalRepresentative,
        @NotBlankText(message = "enterprise.text.required")
        @FreeText(max = 60, codePoints = true) String liaisonName,
        @NotBlankText(message = "enterprise.phone.required") @MobilePhone String liaisonPhone,
        @FreeText(max = 60, codePoints = true) String preventionLead,
        @Count(max = 1_000_000, message = "enterprise.headcount.range") Integer headcount,
        Boolean majorProject) {

    /** The same enterprise, SMALL when the size is left out: the API's default, not the page's. */
    public NewEnterprise smallUnlessSized() {
        return size != null ? this : new NewEnterprise(name, uscc, industry, "SMALL", subdistrictCode, address,
                legalRepresentative, liaisonName, liaisonPhone, preventionLead, headcount, majorProject);
    }
}
