package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    @Test
    void textsComeBackAsAddedAcrossPages() {
        SharedStrings strings = new SharedStrings(10_000, 100_000_000);
        // Long texts fill the first page and start new ones; every text stays whole.
        for (int i = 0; i < 300; i++) {
            String text = i + "号" + "网".repeat(i % 3 == 0 ? 32_000 : i);
            strings.countString();
            strings.countChars(text.length());
            strings.add(text);
        }
        strings.add("");
        assertThat(strings.size()).isEqualTo(301);
        for (int i = 0; i < 300; i++) {
            assertThat(strings.get(i)).isEqualTo(i + "号" + "网".repeat(i % 3 == 0 ? 32_000 : i));
        }
        assertThat(strings.get(300)).isEmpty();
    }

    @Test
    void moreTextsOrCharactersThanTheLimitsAreRefusedAsTheyCome() {
        SharedStrings strings = new SharedStrings(2, 10);
        strings.countString();
        strings.add("a");
        strings.countString();
        strings.add("b");
        assertThatThrownBy(strings::countString).isInstanceOfSatisfying(ImportLimitException.class,
                e -> assertThat(e.messageKey()).isEqualTo("table.tooManyTexts"));
        strings.countChars(10);
        assertThatThrownBy(() -> strings.countChars(1)).isInstanceOfSatisfying(ImportLimitException.class,
                e -> assertThat(e.messageKey()).isEqualTo("table.tooMuchText"));
    }
}
