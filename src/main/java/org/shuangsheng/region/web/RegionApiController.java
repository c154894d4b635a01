package org.shuangsheng.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionManagement;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "regions", description = "区划与网格 The district's tree")
class RegionApiController {

    /** Kind and level come as text so that an unknown value is a field error, not an unreadable body. */
    record RegionRequest(String code, String name, String kind, String parentCode) {
    }

    private final RegionQueries queries;
    private final RegionManagement management;

    RegionApiController(RegionQueries queries, RegionManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Units of the tree as a flat list in tree order; total in X-Total-Count")
    ResponseEntity<List<RegionView>> list(@RequestParam(required = false) String parentCode,
            @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(Paging.MAX_ROWS_PER_PAGE) int size) {
        RegionLevel parsedLevel = parse(RegionLevel.class, level, "level", "region.level.unknown");
        Page<RegionView> units = queries.search(new RegionFilter(parentCode, null, parsedLevel, null, false),
                PageRequest.of(page, size));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(units.getTotalElements()))
                .body(units.getContent());
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit by its code")
    RegionView one(@PathVariable String code) {
        return management.require(code);
    }

    @PostMapping
    @Operation(summary = "Add a unit under an existing parent")
    ResponseEntity<RegionView> create(@RequestBody RegionRequest request) {
        RegionKind kind = parse(RegionKind.class, request.kind(), "kind", "region.kind.unknown");
        RegionView created = management.create(new NewRegion(request.code(), request.name(), kind,
                request.parentCode()));
        return ResponseEntity.created(URI.create("/api/v1/regions/" + created.code())).body(created);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, key);
        }
    }
}
