package org.shuangsheng;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A page as a demo account's browser gets it, and whether an element is on it: for tests that a
 * button is shown exactly to whom the module's policy lets through it.
 */
@Component
public class HtmlPages {

    // Provided lazily: contexts without MockMvc still start with this bean in them.
    private final ObjectProvider<MockMvc> mvc;
    private final DemoUsers users;

    HtmlPages(ObjectProvider<MockMvc> mvc, DemoUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    public ResultActions open(String path, String username) throws Exception {
        return mvc.getObject().perform(get(path).with(users.as(username)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk());
    }

    public static ResultMatcher shows(String id) {
        return content().string(containsString("id=\"" + id + "\""));
    }

    public static ResultMatcher hides(String id) {
        return content().string(not(containsString("id=\"" + id + "\"")));
    }
}
