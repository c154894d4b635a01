package org.shuangsheng.enterprise.greenchannel;

/** How urgent a green-channel request is: 普通 or 紧急. */
public enum ServiceUrgency {
    NORMAL("普通"), URGENT("紧急");

    private final String chinese;

    ServiceUrgency(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
