package org.shuangsheng.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.shuangsheng.screening.KeyAreaView;
import org.shuangsheng.screening.KeyAreas;
import org.shuangsheng.screening.NewKeyArea;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/key-areas")
@Tag(name = "key-areas", description = "重点地区 Key areas")
class KeyAreaApiController {

    record Created(long id) {
    }

    private final KeyAreas keyAreas;

    KeyAreaApiController(KeyAreas keyAreas) {
        this.keyAreas = keyAreas;
    }

    @GetMapping
    @Operation(summary = "Key areas in force (retired=true for the retired ones)")
    List<KeyAreaView> list(@RequestParam(defaultValue = "false") boolean retired) {
        return keyAreas.list(retired, PageRequest.of(0, 1000)).getContent();
    }

    @PostMapping
    @Operation(summary = "Add a key area: {name, level: HIGH|MEDIUM, validFrom, validTo}")
    ResponseEntity<Created> create(@RequestBody NewKeyArea body) {
        long id = keyAreas.create(body);
        return ResponseEntity.created(URI.create("/api/v1/key-areas/" + id)).body(new Created(id));
    }
}
