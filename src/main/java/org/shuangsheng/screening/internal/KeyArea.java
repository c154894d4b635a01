package org.shuangsheng.screening.internal;

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
import java.time.LocalDate;
import org.shuangsheng.screening.KeyAreaLevel;
import org.shuangsheng.screening.KeyAreaView;

@Entity
@Table(name = "screening_key_area")
public class KeyArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_level")
    private KeyAreaLevel level;

    private LocalDate validFrom;

    private LocalDate validTo;

    private boolean retired;

    private boolean demo;

    private Instant createdAt;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected KeyArea() {
    }

    public KeyArea(String name, KeyAreaLevel level, LocalDate validFrom, LocalDate validTo, boolean demo,
            Instant now, String by) {
        this.createdAt = now;
        this.demo = demo;
        change(name, level, validFrom, validTo, now, by);
    }

    public void change(String name, KeyAreaLevel level, LocalDate validFrom, LocalDate validTo, Instant now,
            String by) {
        this.name = name;
        this.level = level;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void retire(Instant now, String by) {
        this.retired = true;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public KeyAreaView view() {
        return new KeyAreaView(id, name, level, validFrom, validTo, retired, demo);
    }
}
