package org.shuangsheng.screening.web;

import org.shuangsheng.screening.NewRound;

/** A new round as typed on the form. */
public class RoundForm {

    private String name;
    private String startDate;
    private String endDate;
    private String regionCode;

    NewRound toNewRound() {
        return new NewRound(name, startDate, endDate, regionCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }
}
