package org.shuangsheng.screening.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.shuangsheng.screening.QuarantineView;

/** One daily check-in (每日打卡) of a quarantined resident, recorded by the grid worker. */
@Entity
@Table(name = "screening_check_in")
public class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long quarantineId;

    private Long residentId;

    private String regionPath;

    private LocalDate checkDate;

    private BigDecimal temperature;

    private String symptoms;

    private String recordedBy;

    private Instant recordedAt;

    protected CheckIn() {
    }

    public CheckIn(long quarantineId, long residentId, String regionPath, LocalDate checkDate, BigDecimal temperature,
            String symptoms, String recordedBy, Instant recordedAt) {
        this.quarantineId = quarantineId;
        this.residentId = residentId;
        this.regionPath = regionPath;
        this.checkDate = checkDate;
        this.temperature = temperature;
        this.symptoms = symptoms;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public QuarantineView.CheckIn view() {
        return new QuarantineView.CheckIn(checkDate, temperature, symptoms, recordedBy);
    }
}
