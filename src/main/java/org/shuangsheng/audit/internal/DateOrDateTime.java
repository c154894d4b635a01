package org.shuangsheng.audit.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraints.CompositionType;
import org.hibernate.validator.constraints.ConstraintComposition;
import org.shuangsheng.shared.validation.IsoDate;
import org.shuangsheng.shared.validation.IsoDateTime;

/**
 * One end of a period of the audit log: an ISO date (a whole day of the district) or an ISO date
 * and time. The years only keep out what no database timestamp holds; which moments the log
 * takes is checked once the zone has made the text a moment.
 */
@Documented
@ConstraintComposition(CompositionType.OR)
@IsoDate(minYear = 1899, maxYear = 9999)
@IsoDateTime
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface DateOrDateTime {

    String message() default "audit.date.invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
