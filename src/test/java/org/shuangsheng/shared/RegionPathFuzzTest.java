package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Building a path from any text either succeeds with a path that keeps its invariants or throws
 * {@link InvalidValueException}.
 */
class RegionPathFuzzTest {

    @FuzzTest
    void ofAcceptsOnlyWellFormedPaths(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RegionPath path;
        try {
            path = RegionPath.of(text);
        } catch (InvalidValueException e) {
            assertThat(e.messageKey()).isEqualTo("invalid.regionPath.format");
            return;
        }
        assertThat(path.value()).isEqualTo(text);
        assertThat(path.depth()).isBetween(1, RegionPath.MAX_DEPTH).isEqualTo(path.segments().size());
        assertThat(String.join("/", path.segments())).isEqualTo(text);
        assertThat(path.likePattern()).isEqualTo(text + "/%");
        if (path.depth() == 1) {
            assertThat(RegionPath.root(text)).isEqualTo(path);
        }
        path.parent().ifPresent(parent -> {
            assertThat(path.isWithin(parent)).isTrue();
            assertThat(parent.isWithin(path)).isFalse();
            assertThat(parent.child(path.segments().get(path.depth() - 1))).isEqualTo(path);
            assertThat(path.rebase(parent, parent)).isEqualTo(path);
        });
    }
}
