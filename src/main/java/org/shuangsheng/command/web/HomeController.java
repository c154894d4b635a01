package org.shuangsheng.command.web;

import java.util.HashMap;
import java.util.Map;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are, what you answer for, where to go. */
@Controller
class HomeController {

    private final RegionDirectory regions;

    HomeController(RegionDirectory regions) {
        this.regions = regions;
    }

    @GetMapping("/")
    String home(Model model) {
        Scope scope = CurrentUser.scope().orElseThrow();
        model.addAttribute("scope", scope);
        model.addAttribute("regionNames", names(scope));
        model.addAttribute("displayName", CurrentUser.displayName().orElse(scope.username()));
        return "command/home";
    }

    /** Each region of the scope by its names, a person's way of saying where they work. */
    private Map<String, String> names(Scope scope) {
        Map<String, String> paths = regions.pathsOf(scope.regionCodes());
        Map<String, String> places = regions.placesOf(paths.values());
        Map<String, String> names = new HashMap<>();
        paths.forEach((code, path) -> {
            if (places.containsKey(path)) {
                names.put(code, places.get(path));
            }
        });
        return names;
    }
}
