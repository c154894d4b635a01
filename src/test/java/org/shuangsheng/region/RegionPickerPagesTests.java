package org.shuangsheng.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list narrowed by region offers the user's own regions to pick by name, sending the same code
 * the typed field sent, so links and the API are unchanged.
 */
@PlatformTest
class RegionPickerPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    static final Pattern PICKER = Pattern.compile("<select class=\"form-select\" id=\"region\" name=\"region\">(.*?)</select>",
            Pattern.DOTALL);
    static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]*)\"([^>]*)>([^<]*)</option>");

    record Option(String code, boolean selected, String text) {
    }

    /** The options of the page's region picker; none when it has no picker. */
    List<Option> picker(String url, String user, String... params) throws Exception {
        var request = get(url).with(users.as(user));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        Matcher select = PICKER.matcher(page);
        if (!select.find()) {
            return List.of();
        }
        return OPTION.matcher(select.group(1)).results()
                .map(m -> new Option(m.group(1), m.group(2).contains("selected"), m.group(3).strip())).toList();
    }

    @Test
    void anOfficerPicksAmongItsSubdistrictsCommunitiesAndGridsOnTheAlertList() throws Exception {
        List<Option> options = picker("/alerts", "hongqi");
        assertThat(options).extracting(Option::code)
                .startsWith("", "230506001", "230506001001", "23050600100101")
                .contains("230506001006").allMatch(code -> code.isEmpty() || code.startsWith("230506001"));
        assertThat(options).filteredOn(o -> o.code().equals("23050600100101")).singleElement()
                .extracting(Option::text).isEqualTo("第1网格");

        List<Option> narrowed = picker("/alerts", "hongqi", "region", "230506001001");
        assertThat(narrowed).filteredOn(Option::selected).singleElement()
                .isEqualTo(new Option("230506001001", true, "建设社区"));
    }

    @Test
    void theCommanderPicksDownToCommunitiesAndAGridFromALinkStaysSelected() throws Exception {
        List<Option> options = picker("/alerts", "commander", "region", "23050600200101");
        assertThat(options).extracting(Option::code).contains("230506", "230506002", "230506002001")
                .doesNotContain("23050600100101");
        assertThat(options).filteredOn(Option::selected).extracting(Option::code).containsExactly("23050600200101");
    }

    @Test
    void aGridWorkerPicksOnlyItsGridOnTheQuarantineList() throws Exception {
        assertThat(picker("/quarantines", "grid01")).extracting(Option::code).containsExactly("", "23050600100101");
    }
}
