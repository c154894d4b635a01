package org.shuangsheng.screening;

import java.util.List;

/**
 * A visit as the phone form or the API sends it. {@code visitedAt} is ISO, with an offset or
 * in the district's zone ({@code 2020-03-18T09:30}); empty means now. {@code requestKey}, when
 * given, makes a re-sent visit record nothing twice.
 */
public record NewVisit(Long householdId, String visitedAt, String mode, String notes, List<NewFinding> findings,
        String requestKey) {
}
