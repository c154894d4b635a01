package org.shuangsheng.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;

/** The single-field rules of a new unit, with no Spring: which key, which argument. */
class UnitNameTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static List<Violation> violations(NewRegion region) {
        return Violations.translate(VALIDATOR.validate(region));
    }

    @Test
    void aSoundUnitPassesStripped() {
        assertThat(violations(new NewRegion(" 230506001 ", "\u3000红旗街道 ", RegionKind.STREET, "230506"))).isEmpty();
    }

    @Test
    void sixtyRareCharactersAreSixtyButSixtyOneAreTooMany() {
        String rare = "𠀀";
        assertThat(violations(new NewRegion("23", rare.repeat(60), RegionKind.DISTRICT, null))).isEmpty();
        assertThat(violations(new NewRegion("23", rare.repeat(61), RegionKind.DISTRICT, null)))
                .extracting(Violation::field, Violation::messageKey, v -> List.of(v.args()))
                .containsExactly(tuple("name", "region.name.tooLong", List.of(60)));
    }

    @Test
    void aNameTooLongIsNotAlsoToldOfItsControls() {
        assertThat(violations(new NewRegion("23", "名\n称", RegionKind.DISTRICT, null)))
                .extracting(Violation::messageKey).containsExactly("region.name.control");
        assertThat(violations(new NewRegion("23", "\u202E" + "名".repeat(61), RegionKind.DISTRICT, null)))
                .extracting(Violation::messageKey).containsExactly("region.name.tooLong");
    }

    @Test
    void everyBadFieldIsNamedInTheRecordsOrder() {
        assertThat(violations(new NewRegion("1", " ", null, null)))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("code", "region.code.format"), tuple("name", "region.name.required"),
                        tuple("kind", "region.kind.required"));
        assertThat(violations(new NewRegion("123456789012345678901", "名", RegionKind.DISTRICT, null)))
                .extracting(Violation::messageKey).containsExactly("region.code.format");
        assertThat(violations(new NewRegion("\u3000", "名", RegionKind.DISTRICT, null)))
                .extracting(Violation::messageKey).containsExactly("region.code.required");
        assertThat(violations(new NewRegion("２３", "名", RegionKind.DISTRICT, null)))
                .extracting(Violation::messageKey).containsExactly("region.code.format");
    }
}
