package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;

/** The to-do home (今日待办) as a user's browser gets it: each card's count and link. */
public final class TodoHome {

    private final String html;

    private TodoHome(String html) {
        this.html = html;
    }

    public static TodoHome of(MockMvc mvc, DemoUsers users, String username) throws Exception {
        return new TodoHome(mvc.perform(get("/").with(users.as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    /** The count on the card {@code todo-<id>}; fails when the card is not on the page. */
    public long count(String id) {
        Matcher card = card(id);
        return Long.parseLong(card.group(2));
    }

    /** Where the card {@code todo-<id>} leads. */
    public String link(String id) {
        return card(id).group(1).replace("&amp;", "&");
    }

    public boolean shows(String id) {
        return html.contains("id=\"todo-" + id + "\"");
    }

    public String html() {
        return html;
    }

    private Matcher card(String id) {
        Matcher card = Pattern.compile("<a[^>]*id=\"todo-" + Pattern.quote(id)
                + "\"[^>]*href=\"([^\"]*)\"[^>]*>.*?todo-count[^>]*>(\\d+)<", Pattern.DOTALL).matcher(html);
        assertThat(card.find()).as("card todo-%s on the home page", id).isTrue();
        return card;
    }
}
