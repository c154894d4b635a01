package org.shuangsheng;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;

/**
 * SECURITY 10 over the whole test run: every page and JSON response that MockMvc renders in any
 * test is searched for an unmasked ID number or mobile number, and the test that produced one
 * fails on the spot. The only answers allowed to carry one are the deliberate, audited reveal
 * and a form sent back with what its user just typed (so a correction need not retype it).
 */
@Component
class UnmaskedDataGuard implements MockMvcBuilderCustomizer {

    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    @Override
    public void customize(org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder<?> builder) {
        builder.alwaysDo(UnmaskedDataGuard::check);
    }

    static void check(MvcResult result) throws Exception {
        String uri = result.getRequest().getRequestURI();
        // The reveal is the audited exception; import templates carry made-up example numbers.
        if (uri.endsWith("/reveal") || uri.contains("/import/template.")) {
            return;
        }
        String type = result.getResponse().getContentType();
        if (type == null || !(type.contains("html") || type.contains("json") || type.startsWith("text/"))) {
            return;
        }
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String[] values : result.getRequest().getParameterMap().values()) {
            for (String typed : values) {
                if (typed != null && typed.strip().length() >= 11) {
                    body = body.replace(typed.strip(), "");
                }
            }
        }
        if (ID_NUMBER.matcher(body).find() || MOBILE.matcher(body).find()) {
            throw new AssertionError("unmasked personal data in the response to " + result.getRequest().getMethod()
                    + " " + uri);
        }
    }
}
