package org.shuangsheng.population.web;

import java.util.List;
import org.shuangsheng.population.NewHousehold;
import org.shuangsheng.population.NewMember;

/** A new household with its head, as a grid worker types it at the door. */
public class HouseholdForm {

    private String gridCode;
    private String address;
    private String notes;
    private String name;
    private String idNumber;
    private String phone;
    private String residentType;

    NewHousehold toNewHousehold() {
        return new NewHousehold(gridCode, address, notes,
                List.of(new NewMember(name, idNumber, phone, "HEAD", residentType)));
    }

    public String getGridCode() {
        return gridCode;
    }

    public void setGridCode(String gridCode) {
        this.gridCode = gridCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getResidentType() {
        return residentType;
    }

    public void setResidentType(String residentType) {
        this.residentType = residentType;
    }
}
