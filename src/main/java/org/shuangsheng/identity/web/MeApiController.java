package org.shuangsheng.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.shuangsheng.identity.internal.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "auth")
class MeApiController {

    record Me(String username, String displayName, List<String> roles, List<String> regionCodes, Long enterpriseId) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller and the scope of what it may see")
    Me me(@AuthenticationPrincipal AccountPrincipal principal) {
        var scope = principal.scope();
        return new Me(scope.username(), principal.displayName(), List.of(scope.role().name()),
                scope.regionCodes().stream().sorted().toList(), scope.enterpriseId());
    }
}
