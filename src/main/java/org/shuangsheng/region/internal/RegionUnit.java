package org.shuangsheng.region.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionView;

@Entity
@Table(name = "region_unit")
public class RegionUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private RegionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    private RegionLevel level;

    private String parentCode;

    private String path;

    private boolean retired;

    private boolean demo;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected RegionUnit() {
    }

    public RegionUnit(String code, String name, RegionKind kind, String parentCode, String path, boolean demo,
            Instant now) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.level = kind.level();
        this.parentCode = parentCode;
        this.path = path;
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public RegionView view() {
        return new RegionView(code, name, level, kind, parentCode, path, retired, demo);
    }

    void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    void moveUnder(String newParentCode, String newPath, Instant now) {
        this.parentCode = newParentCode;
        this.path = newPath;
        this.updatedAt = now;
    }

    void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }

    void reinstate(Instant now) {
        this.retired = false;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionKind getKind() {
        return kind;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getPath() {
        return path;
    }

    public boolean isRetired() {
        return retired;
    }
}
