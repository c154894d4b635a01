package org.shuangsheng.screening.web;

import org.shuangsheng.screening.KeyAreaView;
import org.shuangsheng.screening.NewKeyArea;

/** A key area as typed on its form; values come back as typed when one is wrong. */
public class KeyAreaForm {

    private String name;
    private String level;
    private String validFrom;
    private String validTo;

    static KeyAreaForm of(KeyAreaView area) {
        KeyAreaForm form = new KeyAreaForm();
        form.name = area.name();
        form.level = area.level().name();
        form.validFrom = area.validFrom().toString();
        form.validTo = area.validTo() == null ? null : area.validTo().toString();
        return form;
    }

    NewKeyArea toNewKeyArea() {
        return new NewKeyArea(name, level, validFrom, validTo);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }

    public String getValidTo() {
        return validTo;
    }

    public void setValidTo(String validTo) {
        this.validTo = validTo;
    }
}
