package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowErrorsTest {

    @Test
    void noErrorsUntilOneIsAdded() {
        RowErrors errors = new RowErrors();
        assertThat(errors.hasErrors()).isFalse();

        errors.add(7, "身份证号", "resident.idNumber.invalid", "2305**");

        assertThat(errors.hasErrors()).isTrue();
        assertThat(errors.errors()).containsExactly(new RowError(7, "身份证号", "resident.idNumber.invalid", "2305**"));
    }

    @Test
    void countsEveryErrorButKeepsOnlyTheFirstRowsUpToTheLimit() {
        RowErrors errors = new RowErrors(3);
        for (int row = 10; row >= 2; row--) {
            errors.add(row, "编码", "region.code.invalid");
        }
        errors.add(2, null, "region.duplicate");

        assertThat(errors.count()).isEqualTo(10);
        assertThat(errors.truncated()).isTrue();
        assertThat(errors.errors()).extracting(RowError::row).containsExactly(2, 2, 3);
        assertThat(errors.errors()).extracting(RowError::messageKey)
                .containsExactly("region.code.invalid", "region.duplicate", "region.code.invalid");
    }

    @Test
    void errorsComeBackInRowOrderWithTheDefaultLimitOfOneThousand() {
        RowErrors errors = new RowErrors();
        for (int i = 0; i < 1_500; i++) {
            errors.add((i * 7919) % 1_500 + 2, "名称", "field.required");
        }

        assertThat(errors.count()).isEqualTo(1_500);
        assertThat(errors.errors()).hasSize(RowErrors.DEFAULT_LIMIT)
                .extracting(RowError::row).isSorted().startsWith(2).endsWith(1_001);
        assertThat(new RowErrors().truncated()).isFalse();
    }

    @Test
    void errorArgumentsCannotBeChangedFromOutside() {
        Object[] args = {"甲"};
        RowError error = new RowError(2, "名称", "field.tooLong", args);
        args[0] = "乙";
        error.args()[0] = "丙";

        assertThat(error.args()).containsExactly("甲");
        assertThat(error).isEqualTo(new RowError(2, "名称", "field.tooLong", "甲"))
                .hasSameHashCodeAs(new RowError(2, "名称", "field.tooLong", "甲"));
    }
}
