package org.shuangsheng.shared.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shared-string table of a workbook, held while its sheet streams. The texts are packed into
 * large character pages with an offset and a length each, six bytes a text besides its
 * characters, where a list of strings would spend some sixty: a file of a few million short texts
 * then costs tens of megabytes, not hundreds. Refuses more texts or characters than its limits as
 * they are added, so that a table of 80 million one-letter texts stops at the limit.
 */
final class SharedStrings {

    /** Characters a page; one cell's text (at most 32,767) always fits in one page. */
    private static final int PAGE_BITS = 17;
    private static final int PAGE = 1 << PAGE_BITS;

    private final int maxStrings;
    private final long maxChars;
    private final List<char[]> pages = new ArrayList<>();
    private char[] page;
    private int used;
    private int[] starts = new int[256];
    private char[] lengths = new char[256];
    private int size;
    private long chars;

    SharedStrings(int maxStrings, long maxChars) {
        this.maxStrings = maxStrings;
        this.maxChars = maxChars;
    }

    /**
     * Counts the characters of a text being read, before it is complete, so that one endless text
     * is stopped as early as many short ones.
     */
    void countChars(int length) {
        chars += length;
        if (chars > maxChars) {
            throw new ImportLimitException("table.tooMuchText", maxChars);
        }
    }

    /** Says that another text begins: refused beyond the number of texts allowed. */
    void countString() {
        if (size >= maxStrings) {
            throw new ImportLimitException("table.tooManyTexts", maxStrings);
        }
    }

    /** Adds a text whose characters were counted; at most {@link XlsxTableSource#MAX_CELL_CHARS} long. */
    void add(String text) {
        int length = text.length();
        reserve(length);
        text.getChars(0, length, page, used);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        starts[size] = ((pages.size() - 1) << PAGE_BITS) | used;
        lengths[size] = (char) length;
        used += length;
        size++;
    }

    String get(int index) {
        int start = starts[index];
        return new String(pages.get(start >>> PAGE_BITS), start & (PAGE - 1), lengths[index]);
    }

    int size() {
        return size;
    }

    /**
     * Makes room for a text in the current page: the first page grows up to a whole page, so a
     * small file takes little; later pages are whole, and a text never spans two.
     */
    private void reserve(int length) {
        if (page != null && used + length <= page.length) {
            return;
        }
        if (page != null && page.length < PAGE && used + length <= PAGE) {
            page = Arrays.copyOf(page, Math.min(PAGE, Math.max(used + length, page.length * 2)));
            pages.set(pages.size() - 1, page);
            return;
        }
        page = new char[pages.isEmpty() ? Math.max(length, 4096) : PAGE];
        pages.add(page);
        used = 0;
    }
}
