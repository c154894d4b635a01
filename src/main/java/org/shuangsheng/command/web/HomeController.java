package org.shuangsheng.command.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.identity.TodoItem;
import org.shuangsheng.identity.TodoSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after sign-in: who you are, what you answer for, what waits on you today
 * (今日待办, from every module's {@link TodoSource}) and where to go.
 */
@Controller
class HomeController {

    private final RegionDirectory regions;
    private final List<TodoSource> sources;

    HomeController(RegionDirectory regions, List<TodoSource> sources) {
        this.regions = regions;
        this.sources = sources;
    }

    @GetMapping("/")
    String home(Model model) {
        Scope scope = CurrentUser.scope().orElseThrow();
        model.addAttribute("scope", scope);
        model.addAttribute("regionNames", names(scope));
        model.addAttribute("displayName", CurrentUser.displayName().orElse(scope.username()));
        // What waits first; a stable order otherwise, so the cards do not move between visits.
        List<TodoItem> todo = sources.stream().flatMap(source -> source.todo(scope).stream())
                .sorted(Comparator.comparing((TodoItem item) -> !item.waiting())).toList();
        model.addAttribute("todo", todo);
        model.addAttribute("todoWaiting", todo.stream().anyMatch(TodoItem::waiting));
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
