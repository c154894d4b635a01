package org.shuangsheng.identity;

import java.util.List;

/**
 * A module's API lists that carry personal data: residents' names, addresses, phones or health,
 * or those of a named contact. Every module with such a list declares one bean of this type next
 * to its {@link RouteRules}; {@link BulkReads} then treats a large page of it as an export.
 */
@FunctionalInterface
public interface PersonalDataLists {

    /** Ant-style path patterns of the lists, as a request matcher takes them: {@code /api/v1/households}. */
    List<String> paths();
}
