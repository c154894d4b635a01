package org.shuangsheng.shared.table;

/**
 * What one .xlsx upload may make the server hold or work through, checked while the file streams
 * so that a small file that unpacks into a great deal (a "bomb") is refused early, with little
 * read, instead of filling the heap. The defaults fit the largest real upload, a roster of
 * 200,000 residents in about 15 columns (3 million cells), with room to spare.
 *
 * @param sharedStrings the most distinct texts in the workbook's shared-string table: all of them
 *     are held while the sheet streams, and a real file has at most one per text cell
 * @param sharedChars the most characters in those texts together
 * @param cells the most cells in the sheet, blank ones included: each costs parsing time
 * @param inflatedBytes the most bytes unpacked from the zip entries of one file, all together
 */
public record TableLimits(int sharedStrings, long sharedChars, long cells, long inflatedBytes) {

    /**
     * 200,000 rows of 20 text cells, every one a different text: more than any real roster, whose
     * repeating columns (grid, relation, village) a workbook stores once, and whose numbers and
     * dates are not texts at all. Counted by their tags before they are parsed, so that a table
     * of tens of millions is refused in a fraction of a second.
     */
    public static final int DEFAULT_SHARED_STRINGS = 4_000_000;

    /**
     * Sixteen characters for each of the 3 million cells of the largest roster, every one a
     * different text; held packed at two bytes a character, 96 MB at most.
     */
    public static final long DEFAULT_SHARED_CHARS = 48_000_000;

    /** 200,000 rows of 25 columns: the largest roster with ten columns to spare. */
    public static final long DEFAULT_CELLS = 5_000_000;

    /**
     * The largest roster unpacks to about 250 MB of XML (sheet and shared strings); twice that is
     * refused, which takes a few seconds to reach at most.
     */
    public static final long DEFAULT_INFLATED_BYTES = 512L * 1024 * 1024;

    public static final TableLimits DEFAULTS = new TableLimits(DEFAULT_SHARED_STRINGS, DEFAULT_SHARED_CHARS,
            DEFAULT_CELLS, DEFAULT_INFLATED_BYTES);

    /** Texts are packed in an int-addressed store, which bounds their characters. */
    static final long MAX_SHARED_CHARS = 1L << 30;

    public TableLimits {
        if (sharedStrings < 1 || sharedChars < 1 || cells < 1 || inflatedBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (sharedChars > MAX_SHARED_CHARS) {
            throw new IllegalArgumentException("at most " + MAX_SHARED_CHARS + " shared characters");
        }
    }
}
