package org.shuangsheng.population;

/** 与户主关系, as rosters write it. */
public enum Relation {
    HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER
}
