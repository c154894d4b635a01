package org.shuangsheng.population;

/** 户籍人口 / 非户籍人口 / 暂住人口. */
public enum ResidentType {
    REGISTERED, NON_REGISTERED, TEMPORARY
}
