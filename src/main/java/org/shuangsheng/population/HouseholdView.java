package org.shuangsheng.population;

import java.util.List;

public record HouseholdView(long id, String gridCode, String address, String notes, List<MemberView> members) {
}
