package org.shuangsheng.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The materialized path of a region: its code and its ancestors' codes, root first, separated by
 * {@code /}, e.g. {@code 230506/003/012/04} (district / subdistrict / community / grid).
 *
 * <p>Every scoped record stores the path of its region, so "everything in this subtree" is a
 * prefix match on an indexed column. A segment is 1-20 ASCII letters or digits: that keeps
 * {@code /} unambiguous as the separator, and keeps the SQL {@code LIKE} wildcards {@code %} and
 * {@code _} out of paths, so {@link #likePattern()} needs no escaping.
 */
public record RegionPath(String value) {

    public static final int MAX_DEPTH = 8;

    public static final int MAX_SEGMENT_LENGTH = 20;

    private static final char SEPARATOR = '/';

    /** @throws InvalidValueException with key {@code invalid.regionPath.format} */
    public RegionPath {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("invalid.regionPath.format");
        }
        int depth = 1;
        int segmentStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == SEPARATOR) {
                int segmentLength = i - segmentStart;
                if (segmentLength < 1 || segmentLength > MAX_SEGMENT_LENGTH) {
                    throw new InvalidValueException("invalid.regionPath.format");
                }
                if (i < value.length() && ++depth > MAX_DEPTH) {
                    throw new InvalidValueException("invalid.regionPath.format");
                }
                segmentStart = i + 1;
            } else if (!isSegmentCharacter(value.charAt(i))) {
                throw new InvalidValueException("invalid.regionPath.format");
            }
        }
    }

    /** @throws InvalidValueException with key {@code invalid.regionPath.format} */
    public static RegionPath of(String value) {
        return new RegionPath(value);
    }

    /** The path of a top-level region (the district, or the city in a city-wide deployment). */
    public static RegionPath root(String segment) {
        requireSegment(segment);
        return new RegionPath(segment);
    }

    /** @throws InvalidValueException if the segment is malformed or the path would exceed {@value #MAX_DEPTH} levels */
    public RegionPath child(String segment) {
        requireSegment(segment);
        return new RegionPath(value + SEPARATOR + segment);
    }

    public Optional<RegionPath> parent() {
        int last = value.lastIndexOf(SEPARATOR);
        return last < 0 ? Optional.empty() : Optional.of(new RegionPath(value.substring(0, last)));
    }

    /** 1 for a root, 2 for its children, and so on. */
    public int depth() {
        int depth = 1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == SEPARATOR) {
                depth++;
            }
        }
        return depth;
    }

    /** The codes from the root down to this region. */
    public List<String> segments() {
        return List.of(value.split(String.valueOf(SEPARATOR)));
    }

    /**
     * True if this path equals {@code ancestorOrSelf} or lies below it. Compares whole segments:
     * {@code 230506/00} is not an ancestor of {@code 230506/003}.
     */
    public boolean isWithin(RegionPath ancestorOrSelf) {
        String prefix = ancestorOrSelf.value;
        return value.equals(prefix)
                || value.length() > prefix.length()
                        && value.startsWith(prefix)
                        && value.charAt(prefix.length()) == SEPARATOR;
    }

    /**
     * The SQL {@code LIKE} pattern for this region's descendants, {@code value + "/%"}. It does not
     * match the region itself, and a bare {@code value%} would wrongly match sibling codes that
     * merely start with the same characters; query a subtree with both conditions, bound as
     * parameters:
     *
     * <pre>{@code where region_path = :path or region_path like :pattern}</pre>
     *
     * with {@code :path = value()} and {@code :pattern = likePattern()} (or {@code :path || '/%'}
     * in SQL). Both conditions can use a B-tree index on the column (in PostgreSQL the column or
     * index needs {@code text_pattern_ops} or the C collation for the {@code LIKE} part).
     */
    public String likePattern() {
        return value + SEPARATOR + '%';
    }

    /**
     * SQL (H2 and PostgreSQL alike) for the code segment of the direct child region that a row's
     * path lies in, below the region whose path is bound as {@code :path}, with
     * {@code :childStart} bound to {@code path.length() + 2}; the empty string for a row at the
     * region itself. For aggregates grouped by child region: a row of
     * {@code 230506/001/003/02} below {@code 230506} gives {@code 001}.
     */
    public static String childSegmentSql(String column) {
        String rest = "SUBSTRING(" + column + ", :childStart)";
        return "CASE WHEN " + column + " = :path THEN '' WHEN POSITION('/' IN " + rest + ") = 0 THEN " + rest
                + " ELSE SUBSTRING(" + column + ", :childStart, POSITION('/' IN " + rest + ") - 1) END";
    }

    /**
     * This path moved along with its ancestor {@code oldPrefix} to {@code newPrefix}: the part
     * below {@code oldPrefix} is kept and put below {@code newPrefix}. For moving a subtree, e.g.
     * a community handed from one subdistrict to another.
     *
     * @throws IllegalArgumentException if this path is not within {@code oldPrefix}
     * @throws InvalidValueException if the moved path would exceed {@value #MAX_DEPTH} levels
     */
    public RegionPath rebase(RegionPath oldPrefix, RegionPath newPrefix) {
        Objects.requireNonNull(newPrefix, "newPrefix");
        if (!isWithin(oldPrefix)) {
            // Region paths are codes, not personal data: naming them helps whoever reads the log.
            throw new IllegalArgumentException(value + " is not within " + oldPrefix.value);
        }
        return new RegionPath(newPrefix.value + value.substring(oldPrefix.value.length()));
    }

    private static void requireSegment(String segment) {
        if (segment == null || segment.indexOf(SEPARATOR) >= 0) {
            throw new InvalidValueException("invalid.regionPath.format");
        }
        new RegionPath(segment);
    }

    private static boolean isSegmentCharacter(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    @Override
    public String toString() {
        return value;
    }
}
