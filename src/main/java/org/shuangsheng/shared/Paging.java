package org.shuangsheng.shared;

/** The page numbers a list accepts from a link, a typed URL or an API client. */
public final class Paging {

    /** The most rows a page of any list holds (the region list's, for pickers that load a whole level). */
    public static final int MAX_ROWS_PER_PAGE = 5_000;

    /**
     * The last page any list serves: its first row still fits the int offset the database layer
     * takes, whatever the page size; a larger number is a typo or a probe.
     */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_ROWS_PER_PAGE - 1;

    private Paging() {
    }

    /** A page number from a page's URL, held in range: a page past the end shows an empty list, not an error. */
    public static int page(int requested) {
        return Math.min(Math.max(requested, 0), MAX_PAGE);
    }
}
