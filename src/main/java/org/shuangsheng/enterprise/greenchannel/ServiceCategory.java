package org.shuangsheng.enterprise.greenchannel;

import org.shuangsheng.identity.Department;

/** What an enterprise asks the green channel (绿色通道) for, and the department that answers it. */
public enum ServiceCategory {
    PREVENTION_SUPPLIES("防疫物资", Department.HEALTH),
    LABOUR("用工", Department.EMPLOYMENT),
    UTILITIES("水/电/气/暖", Department.INDUSTRY),
    TRANSPORT("交通运输", Department.INDUSTRY),
    FUNDING("资金", Department.INVESTMENT),
    OTHER("其他", Department.INDUSTRY);

    private final String chinese;
    private final Department department;

    ServiceCategory(String chinese, Department department) {
        this.chinese = chinese;
        this.department = department;
    }

    public String chinese() {
        return chinese;
    }

    /** The department a request of this category is routed to. */
    public Department department() {
        return department;
    }
}
