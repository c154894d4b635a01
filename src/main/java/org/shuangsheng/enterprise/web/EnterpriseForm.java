package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.EnterpriseView;
import org.shuangsheng.enterprise.registration.NewEnterprise;

/**
 * The page's form of a {@link NewEnterprise}, which the API takes as it is. The page needs its own:
 * setters for the form's fields to bind and come back as typed, and an edit form filled from the
 * enterprise with the liaison's phone left blank, as it is shown masked.
 */
public class EnterpriseForm {

    private String name;
    private String uscc;
    private String industry;
    private String size;
    private String subdistrictCode;
    private String address;
    private String legalRepresentative;
    private String liaisonName;
    private String liaisonPhone;
    private String preventionLead;
    private Integer headcount;
    private boolean majorProject;

    NewEnterprise toNewEnterprise() {
        return new NewEnterprise(name, uscc, industry, size, subdistrictCode, address, legalRepresentative,
                liaisonName, liaisonPhone, preventionLead, headcount, majorProject);
    }

    /** The form to edit an enterprise; the liaison's phone must be typed again, as it is shown masked. */
    static EnterpriseForm of(EnterpriseView e) {
        EnterpriseForm form = new EnterpriseForm();
        form.name = e.name();
        form.uscc = e.uscc();
        form.industry = e.industry().name();
        form.size = e.size().name();
        form.subdistrictCode = e.subdistrictCode();
        form.address = e.address();
        form.legalRepresentative = e.legalRepresentative();
        form.liaisonName = e.liaisonName();
        form.preventionLead = e.preventionLead();
        form.headcount = e.headcount();
        form.majorProject = e.majorProject();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public void setSubdistrictCode(String subdistrictCode) {
        this.subdistrictCode = subdistrictCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getLiaisonName() {
        return liaisonName;
    }

    public void setLiaisonName(String liaisonName) {
        this.liaisonName = liaisonName;
    }

    public String getLiaisonPhone() {
        return liaisonPhone;
    }

    public void setLiaisonPhone(String liaisonPhone) {
        this.liaisonPhone = liaisonPhone;
    }

    public String getPreventionLead() {
        return preventionLead;
    }

    public void setPreventionLead(String preventionLead) {
        this.preventionLead = preventionLead;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public boolean isMajorProject() {
        return majorProject;
    }

    public void setMajorProject(boolean majorProject) {
        this.majorProject = majorProject;
    }
}
