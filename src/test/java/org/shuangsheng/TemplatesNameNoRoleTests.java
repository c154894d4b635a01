package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A template asks the page's {@code can} flags, which the module's policy answers, never a list of
 * roles: a role named in a template is a second copy of an access rule that drifts from the one
 * the server enforces. Checks that name no role ({@code isAuthenticated()}) may stay.
 */
class TemplatesNameNoRoleTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern ROLE_NAMED = Pattern.compile(
            "hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|ROLE_|DEPARTMENT_");

    @Test
    void noTemplateNamesARoleOrAuthority() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = ROLE_NAMED.matcher(lines.get(i));
                    if (matcher.find()) {
                        found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("templates naming a role; put a can… flag in the model instead").isEmpty();
    }
}
