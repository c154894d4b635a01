package org.shuangsheng.command.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without a CJK font file the briefing PDF falls back to a font it does not embed; the briefing
 * page says so instead of leaving the reader with empty boxes. The platform's font is swapped for
 * the one a missing file gives, in this one test, so that the shared context serves it.
 */
@PlatformTest
class BriefingFontNoticeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    BriefingPdf pdf;

    @Test
    void theBriefingPageSaysSoWhenNoChineseFontWasFound() throws Exception {
        assumeTrue(pdf.embedsFont(), "fonts-noto-cjk is not installed");
        mvc.perform(get("/briefings").accept(MediaType.TEXT_HTML).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"briefing-font-missing\""))));
        Object font = ReflectionTestUtils.getField(pdf, "font");
        try {
            ReflectionTestUtils.setField(pdf, "font", BriefingPdf.load("/nonexistent/font.ttc,2"));
            mvc.perform(get("/briefings").accept(MediaType.TEXT_HTML).with(users.as("commander")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("未找到中文字体，PDF 中文可能无法显示")));
            mvc.perform(get("/briefings").accept(MediaType.TEXT_HTML).param("lang", "en")
                            .with(users.as("commander")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("No Chinese font was found")));
        } finally {
            ReflectionTestUtils.setField(pdf, "font", font);
        }
    }
}
