package org.shuangsheng.population.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangsheng.population.PopulationManagement;
import org.shuangsheng.population.ResidentTransfer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Moving a resident between households, and ending a cadre's pairing (包保). */
@RestController
@Tag(name = "households", description = "人口 Households and residents")
class ResidentApiController {

    record MoveRequest(Long householdId, String relation, Long newHeadId, String reason) {
    }

    private final PopulationManagement management;

    ResidentApiController(PopulationManagement management) {
        this.management = management;
    }

    @PostMapping("/api/v1/residents/{id}/move")
    @Operation(summary = "Move a resident into another household of the caller's scope, with the relation to its "
            + "head and a reason; moving a head out of a household where others remain needs newHeadId")
    ResponseEntity<Void> move(@PathVariable long id, @RequestBody MoveRequest request) {
        management.moveResident(id, new ResidentTransfer(request.householdId(), request.relation(),
                request.newHeadId(), request.reason()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/pairings/{id}")
    @Operation(summary = "End a cadre's pairing with a household or a whole grid of the caller's scope")
    ResponseEntity<Void> unpair(@PathVariable long id) {
        management.unpair(id);
        return ResponseEntity.noContent().build();
    }
}
