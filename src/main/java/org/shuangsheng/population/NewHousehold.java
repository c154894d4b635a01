package org.shuangsheng.population;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.shuangsheng.shared.validation.NotBlankText;
import org.shuangsheng.shared.validation.PlainText;

/**
 * A household to register in a grid, with its members (the first 户主 is the head). That the grid
 * is one of the caller's, the address free in it, and the household has one head, is checked by
 * {@link PopulationManagement#register}.
 */
public record NewHousehold(
        @NotBlankText(message = "population.grid.required") String gridCode,
        @NotBlankText(message = "population.address.required")
        @PlainText(max = 200, message = "population.address.format") String address,
        @PlainText(max = 500, refuseHiddenControls = false, message = "population.notes.tooLong") String notes,
        @NotEmpty(message = "population.members.required") @Valid List<NewMember> members) {

    /** The same household with other members: those checked when a registration brings too many. */
    NewHousehold withMembers(List<NewMember> members) {
        return new NewHousehold(gridCode, address, notes, members);
    }
}
