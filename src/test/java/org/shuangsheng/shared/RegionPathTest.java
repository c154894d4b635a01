package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionPathTest {

    private static final RegionPath GRID = RegionPath.of("230506/003/012/04");

    @Test
    void readsDepthSegmentsAndParent() {
        assertThat(GRID.depth()).isEqualTo(4);
        assertThat(GRID.segments()).containsExactly("230506", "003", "012", "04");
        assertThat(GRID.parent()).contains(RegionPath.of("230506/003/012"));
        assertThat(RegionPath.of("230506").parent()).isEmpty();
    }

    @Test
    void buildsPathsFromRootAndChildren() {
        assertThat(RegionPath.root("230506").child("003").child("012").child("04")).isEqualTo(GRID);
    }

    @Test
    void isWithinItselfAndItsAncestors() {
        assertThat(GRID.isWithin(GRID)).isTrue();
        assertThat(GRID.isWithin(RegionPath.of("230506/003"))).isTrue();
        assertThat(GRID.isWithin(RegionPath.of("230506"))).isTrue();
        assertThat(RegionPath.of("230506").isWithin(GRID)).isFalse();
    }

    @Test
    void aCodeThatOnlySharesLeadingCharactersIsNoAncestor() {
        assertThat(RegionPath.of("230506/003").isWithin(RegionPath.of("230506/00"))).isFalse();
        assertThat(RegionPath.of("2305061/003").isWithin(RegionPath.of("230506"))).isFalse();
    }

    @Test
    void likePatternMatchesOnlyBelowTheRegion() {
        assertThat(RegionPath.of("230506/003").likePattern()).isEqualTo("230506/003/%");
    }

    @Test
    void rebaseMovesASubtreeToANewParent() {
        RegionPath moved = GRID.rebase(RegionPath.of("230506/003"), RegionPath.of("230506/005"));

        assertThat(moved).isEqualTo(RegionPath.of("230506/005/012/04"));
        assertThat(RegionPath.of("230506/003").rebase(RegionPath.of("230506/003"), RegionPath.of("230506/005")))
                .isEqualTo(RegionPath.of("230506/005"));
    }

    @Test
    void rebaseRefusesAPathOutsideTheOldPrefix() {
        assertThatThrownBy(() -> GRID.rebase(RegionPath.of("230506/00"), RegionPath.of("230506/005")))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidValueException.class);
    }

    @Test
    void rebaseRefusesToGoDeeperThanEightLevels() {
        RegionPath deep = RegionPath.of("1/2/3/4/5/6/7");

        assertThatThrownBy(() -> GRID.rebase(RegionPath.of("230506"), deep)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void allowsEightLevelsOfTwentyCharactersButNoMore() {
        String segment = "Ab3".repeat(6) + "xy";
        String eight = String.join("/", List.of(segment, segment, segment, segment, segment, segment, segment, segment));

        assertThat(RegionPath.of(eight).depth()).isEqualTo(8);
        assertThatThrownBy(() -> RegionPath.of(eight).child("1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RegionPath.root(segment + "z")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "230506/", "/230506", "230506//003", "230506/0 3", "230506/%", "230506/_03",
        "230506\\003", "230506/00３", "区/003", "1/2/3/4/5/6/7/8/9", "123456789012345678901"})
    void rejectsMalformedPaths(String text) {
        assertThatThrownBy(() -> RegionPath.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invalid.regionPath.format"));
    }

    @Test
    void rejectsNullAndSegmentsWithSeparators() {
        assertThatThrownBy(() -> RegionPath.of(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RegionPath.root(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RegionPath.root("230506/003")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> GRID.child("1/2")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void toStringIsTheValue() {
        assertThat(GRID).hasToString("230506/003/012/04");
    }

    static Stream<Arguments> generatedPairs() {
        ValueGenerator generator = new ValueGenerator(230506);
        return Stream.generate(() -> {
            RegionPath a = generator.regionPath(1, 8);
            // Half the time a relative of a, so that "within" is often true.
            RegionPath b = generator.random().nextBoolean() ? relativeOf(a, generator) : generator.regionPath(1, 8);
            return Arguments.of(a, b);
        }).limit(ValueGenerator.CASES);
    }

    private static RegionPath relativeOf(RegionPath path, ValueGenerator generator) {
        RegionPath relative = path;
        for (int up = generator.random().nextInt(path.depth()); up > 0; up--) {
            relative = relative.parent().orElseThrow();
        }
        while (relative.depth() < RegionPath.MAX_DEPTH && generator.random().nextInt(3) == 0) {
            // Sometimes a sibling code that starts like the original: the classic prefix trap.
            String last = relative.segments().get(relative.depth() - 1);
            relative = relative.child(generator.random().nextBoolean() ? generator.segment() : last.substring(0, Math.max(1, last.length() - 1)));
        }
        return relative;
    }

    @ParameterizedTest
    @MethodSource("generatedPairs")
    void isWithinMeansTheSegmentsStartWithTheAncestorsSegments(RegionPath a, RegionPath b) {
        boolean segmentPrefix = a.segments().size() >= b.segments().size()
                && a.segments().subList(0, b.segments().size()).equals(b.segments());

        assertThat(a.isWithin(b)).isEqualTo(segmentPrefix);
        assertThat(RegionPath.of(a.value())).isEqualTo(a);
        assertThat(likeMatches(a.value(), b.likePattern()) || a.equals(b)).isEqualTo(segmentPrefix);
    }

    static Stream<Arguments> generatedMoves() {
        ValueGenerator generator = new ValueGenerator(2305);
        return Stream.generate(() -> {
            RegionPath oldPrefix = generator.regionPath(1, 4);
            RegionPath upper = descendant(oldPrefix, generator, 2);
            RegionPath lower = descendant(upper, generator, 2);
            // Deep enough to matter, shallow enough that the moved subtree still fits in 8 levels.
            RegionPath newPrefix = generator.regionPath(1, RegionPath.MAX_DEPTH - (lower.depth() - oldPrefix.depth()));
            return Arguments.of(oldPrefix, newPrefix, upper, lower);
        }).limit(ValueGenerator.CASES);
    }

    private static RegionPath descendant(RegionPath path, ValueGenerator generator, int maxExtraLevels) {
        RegionPath descendant = path;
        for (int extra = generator.random().nextInt(maxExtraLevels + 1); extra > 0; extra--) {
            descendant = descendant.child(generator.segment());
        }
        return descendant;
    }

    @ParameterizedTest
    @MethodSource("generatedMoves")
    void rebasePreservesDepthBelowThePrefixAndTheDescendantRelation(
            RegionPath oldPrefix, RegionPath newPrefix, RegionPath upper, RegionPath lower) {
        RegionPath movedUpper = upper.rebase(oldPrefix, newPrefix);
        RegionPath movedLower = lower.rebase(oldPrefix, newPrefix);

        assertThat(movedUpper.depth()).isEqualTo(upper.depth() - oldPrefix.depth() + newPrefix.depth());
        assertThat(movedLower.depth()).isEqualTo(lower.depth() - oldPrefix.depth() + newPrefix.depth());
        assertThat(movedUpper.isWithin(newPrefix)).isTrue();
        assertThat(movedLower.isWithin(movedUpper)).isTrue();
        assertThat(movedLower.segments().subList(newPrefix.depth(), movedLower.depth()))
                .isEqualTo(lower.segments().subList(oldPrefix.depth(), lower.depth()));
        assertThat(movedLower.rebase(newPrefix, oldPrefix)).isEqualTo(lower);
    }

    /** What a database does with {@code LIKE}: % is any run of characters, _ any one character. */
    private static boolean likeMatches(String text, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return text.matches(regex.toString());
    }

    @Test
    void segmentsAreACopyThatCannotChangeThePath() {
        List<String> segments = new ArrayList<>(GRID.segments());
        segments.set(0, "999999");

        assertThat(GRID.segments().get(0)).isEqualTo("230506");
        assertThatThrownBy(() -> GRID.segments().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
