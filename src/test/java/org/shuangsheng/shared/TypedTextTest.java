package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, finding 11: bidirectional formatting characters were accepted in names. */
class TypedTextTest {

    @ParameterizedTest
    @ValueSource(chars = {'\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
            '\u2067', '\u2068', '\u2069', '\u0000', '\n', '\u007F', '\u0085'})
    void everyBidiAndControlCharacterIsRefusedInAName(char hidden) {
        assertThat(TypedText.hasHiddenControls("王" + hidden + "国")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"王建国", "Wang Jianguo", "阿依古丽·买买提", "O'Brien-Smith", "张三（户主）"})
    void ordinaryNamesPass(String name) {
        assertThat(TypedText.hasHiddenControls(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第一行\n第二行", "第一行\r\n第二行"})
    void aParagraphKeepsItsLineBreaksButNotAnOverride(String text) {
        assertThat(TypedText.hasHiddenControls(text, "\n\r")).isFalse();
        assertThat(TypedText.hasHiddenControls(text + "\u202E", "\n\r")).isTrue();
    }
}
