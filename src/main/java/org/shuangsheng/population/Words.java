package org.shuangsheng.population;

import java.util.Map;

/** The Chinese words rosters use for relations and resident types. */
final class Words {

    private static final Map<String, Relation> RELATIONS = Map.of("户主", Relation.HEAD, "配偶", Relation.SPOUSE,
            "子女", Relation.CHILD, "父母", Relation.PARENT, "兄弟姐妹", Relation.SIBLING, "祖父母", Relation.GRANDPARENT,
            "孙子女", Relation.GRANDCHILD, "其他", Relation.OTHER, "子", Relation.CHILD, "女", Relation.CHILD);

    private static final Map<String, ResidentType> TYPES = Map.of("户籍", ResidentType.REGISTERED, "户籍人口",
            ResidentType.REGISTERED, "非户籍", ResidentType.NON_REGISTERED, "非户籍人口", ResidentType.NON_REGISTERED,
            "暂住", ResidentType.TEMPORARY, "暂住人口", ResidentType.TEMPORARY);

    private Words() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> E of(Class<E> type, String word) {
        if (type == Relation.class) {
            return (E) RELATIONS.get(word);
        }
        if (type == ResidentType.class) {
            return (E) TYPES.get(word);
        }
        return null;
    }
}
