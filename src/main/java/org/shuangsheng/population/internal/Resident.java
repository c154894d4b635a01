package org.shuangsheng.population.internal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.shuangsheng.identity.EncryptedIdNumberConverter;
import org.shuangsheng.identity.EncryptedPhoneConverter;
import org.shuangsheng.population.Relation;
import org.shuangsheng.population.ResidentType;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.Sex;

@Entity
@Table(name = "population_resident")
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long householdId;

    private String regionPath;

    private String name;

    @Convert(converter = EncryptedIdNumberConverter.class)
    private ResidentIdNumber idNumber;

    private String idNumberHash;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private LocalDate birthDate;

    @Convert(converter = EncryptedPhoneConverter.class)
    private PhoneNumber phone;

    private String phoneHash;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    @Enumerated(EnumType.STRING)
    private ResidentType residentType;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Resident() {
    }

    public Resident(Long householdId, String regionPath, String name, ResidentIdNumber idNumber, String idNumberHash,
            PhoneNumber phone, String phoneHash, Relation relation, ResidentType residentType, Instant now) {
        this.householdId = householdId;
        this.regionPath = regionPath;
        this.name = name;
        this.idNumber = idNumber;
        this.idNumberHash = idNumberHash;
        this.sex = idNumber.sex();
        this.birthDate = idNumber.birthDate();
        this.phone = phone;
        this.phoneHash = phoneHash;
        this.relation = relation;
        this.residentType = residentType;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveWithHousehold(String regionPath, Instant now) {
        this.regionPath = regionPath;
        this.updatedAt = now;
    }

    /** Joins another household, taking its region path, with a relation to that household's head. */
    public void moveTo(Household household, Relation relation, Instant now) {
        this.householdId = household.getId();
        this.regionPath = household.getRegionPath();
        this.relation = relation;
        this.updatedAt = now;
    }

    /** Becomes the head of its household (when the head before has moved out). */
    public void becomeHead(Instant now) {
        this.relation = Relation.HEAD;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public String getName() {
        return name;
    }

    public ResidentIdNumber getIdNumber() {
        return idNumber;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public PhoneNumber getPhone() {
        return phone;
    }

    public Relation getRelation() {
        return relation;
    }

    public ResidentType getResidentType() {
        return residentType;
    }

    public String getRegionPath() {
        return regionPath;
    }
}
