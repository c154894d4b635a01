package org.shuangsheng.region.web;

import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;

/** The add-a-unit form; rules are the module's, so a bad value comes back from it by field. */
public class RegionForm {

    private String code;
    private String name;
    private RegionKind kind;
    private String parentCode;

    NewRegion toNewRegion() {
        return new NewRegion(code, name, kind, parentCode);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RegionKind getKind() {
        return kind;
    }

    public void setKind(RegionKind kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
