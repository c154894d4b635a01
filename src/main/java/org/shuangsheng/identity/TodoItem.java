package org.shuangsheng.identity;

/**
 * One line of a user's to-do home (今日待办): how many of something wait on the user today,
 * and the page where they are dealt with.
 *
 * @param id       element id on the home page, {@code todo-<id>}; starts with the module's name
 * @param labelKey message key of what waits ({@code screening.todo.unvisited})
 * @param count    how many, within the user's scope; zero when nothing waits
 * @param href     a page the user's role may open, listing what waits
 * @param tone     Bootstrap colour of the count when above zero: {@code danger}, {@code warning}, {@code primary}
 */
public record TodoItem(String id, String labelKey, long count, String href, String tone) {

    public boolean waiting() {
        return count > 0;
    }
}
