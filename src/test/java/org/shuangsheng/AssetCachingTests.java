package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Assets are named by their content and kept by the browser for a year; pages and API answers
 * with personal data are never stored.
 */
@PlatformTest
class AssetCachingTests {

    static final String FOR_A_YEAR = "max-age=31536000, public, immutable";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Test
    void everyAssetOfAPageIsNamedByItsContentAndKeptForAYear() throws Exception {
        String page = mvc.perform(get("/").with(users.as("commander"))).andReturn().getResponse().getContentAsString();

        for (String asset : new String[] {"/webjars/bootstrap/css/bootstrap.min", "/webjars/bootstrap-icons/font/bootstrap-icons.min",
                "/css/app", "/webjars/bootstrap/js/bootstrap.bundle.min", "/webjars/htmx.org/dist/htmx.min", "/js/app",
                "/js/menu"}) {
            String url = versioned(page, asset);
            mvc.perform(get(url)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", FOR_A_YEAR));
        }
    }

    /**
     * The icon font is linked from its stylesheet, relative to it: named by its content or under
     * the webjar's version, it is kept for a year too.
     */
    @Test
    void theIconFontLinkedFromItsStylesheetIsVersionedAndKeptForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        String stylesheetUrl = versioned(page, "/webjars/bootstrap-icons/font/bootstrap-icons.min");
        String stylesheet = mvc.perform(get(stylesheetUrl)).andReturn().getResponse().getContentAsString();

        Matcher link = Pattern.compile("url\\(\"?([^\")?]+\\.woff2)").matcher(stylesheet);
        assertThat(link.find()).as("a font link in %s", stylesheet.substring(0, 400)).isTrue();
        String font = URI.create(stylesheetUrl).resolve(link.group(1)).getPath();
        assertThat(font).matches(".*(-[0-9a-f]{32}\\.woff2|/\\d+\\.\\d+\\.\\d+/.*)");
        mvc.perform(get(font)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", FOR_A_YEAR));
    }

    @Test
    void theDashboardScriptsAreVersionedToo() throws Exception {
        String page = mvc.perform(get("/dashboard").with(users.as("commander"))).andReturn().getResponse()
                .getContentAsString();

        mvc.perform(get(versioned(page, "/webjars/echarts/dist/echarts.min")))
                .andExpect(header().string("Cache-Control", FOR_A_YEAR));
        mvc.perform(get(versioned(page, "/js/dashboard"))).andExpect(header().string("Cache-Control", FOR_A_YEAR));
    }

    @Test
    void pagesAndApiAnswersWithPersonalDataAreNeverStored() throws Exception {
        mvc.perform(get("/households").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/api/v1/households").header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    /**
     * The URL a page names for an asset: its path with a hash of its content before the extension,
     * and for a webjar its version after the webjar's name ({@code /webjars/htmx.org/2.0.10/dist/…}).
     */
    static String versioned(String page, String path) {
        String pattern = Pattern.quote(path);
        if (path.startsWith("/webjars/")) {
            int name = path.indexOf('/', "/webjars/".length());
            pattern = Pattern.quote(path.substring(0, name)) + "/[0-9][^/\"]*" + Pattern.quote(path.substring(name));
        }
        Matcher link = Pattern.compile("(?:href|src)=\"(" + pattern + "-[0-9a-f]{32}\\.(?:css|js))\"").matcher(page);
        assertThat(link.find()).as("a versioned link to %s among %s", path,
                Pattern.compile("(?:href|src)=\"[^\"]*\\.(?:css|js)\"").matcher(page).results().map(m -> m.group()).toList())
                .isTrue();
        return link.group(1);
    }
}
