package org.shuangsheng.enterprise;

/** What a list of enterprises is narrowed by; every part optional. {@code text} is part of the name. */
public record EnterpriseFilter(EnterpriseStatus status, String subdistrictCode, Industry industry, String text) {

    public static EnterpriseFilter all() {
        return new EnterpriseFilter(null, null, null, null);
    }
}
