package org.shuangsheng.identity;

import java.util.List;

/**
 * What a module puts on the to-do home (今日待办) of a signed-in user: a module declares a bean
 * of this type and the home page lists every item of every source, those with a count first.
 * A source answers nothing for a role it does not concern. Each item's count is one aggregate
 * query with the user's scope in its condition (a grid worker counts in its grids only), asked
 * only when the home page is rendered.
 */
@FunctionalInterface
public interface TodoSource {

    List<TodoItem> todo(Scope scope);
}
