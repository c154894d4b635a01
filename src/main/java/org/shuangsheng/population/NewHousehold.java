package org.shuangsheng.population;

import java.util.List;

/** A household to register in a grid, with its members (the first 户主 is the head). */
public record NewHousehold(String gridCode, String address, String notes, List<NewMember> members) {
}
