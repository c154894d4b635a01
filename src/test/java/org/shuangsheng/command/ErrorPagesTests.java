package org.shuangsheng.command;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.filter.cookie.CookieFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages go through the servlet container's error dispatch, which MockMvc does not do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    CookieFilter session;

    @BeforeEach
    void signIn() {
        session = signIn("commander");
    }

    CookieFilter signIn(String username) {
        CookieFilter cookies = new CookieFilter();
        String page = given().port(port).filter(cookies).get("/login").asString();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        given().port(port).filter(cookies).formParam("username", username).formParam("password", "Shuangsheng@2020")
                .formParam("_csrf", csrf.group(1)).post("/login")
                .then().statusCode(302).header("Location", endsWith("/"));
        return cookies;
    }

    /** Checked on a real server: MockMvc does not render the cookie Spring Session writes. */
    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() {
        var page = given().port(port).get("/login");
        assertThat(page.getHeader("Set-Cookie")).contains("SESSION=", "HttpOnly", "SameSite=Lax");
        String before = page.getCookie("SESSION");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(csrf.find()).isTrue();
        var signedIn = given().port(port).cookie("SESSION", before).formParam("username", "grid02")
                .formParam("password", "Shuangsheng@2020").formParam("_csrf", csrf.group(1)).post("/login");
        assertThat(signedIn.getStatusCode()).isEqualTo(302);
        assertThat(signedIn.getCookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anUnknownRecordIsA404PageInChineseWithoutInternals() {
        given().port(port).filter(session).accept("text/html")
                .get("/regions/00000")
                .then().statusCode(404)
                .body(allOf(containsString("页面不存在"), containsString("返回首页"), not(containsString("Exception")),
                        not(containsString("at org."))));
    }

    @Test
    void theSameIn_English() {
        given().port(port).filter(session).accept("text/html").cookie("shuangsheng-lang", "en")
                .get("/regions/00000")
                .then().statusCode(404)
                .body(allOf(containsString("Not found"), not(containsString("Exception"))));
    }

    @Test
    void aForbiddenPageSaysSoInChinese() {
        CookieFilter farmer = signIn("farmer01");
        given().port(port).filter(farmer).accept("text/html")
                .get("/regions")
                .then().statusCode(403)
                .body(containsString("无权访问"));
    }

    @Test
    void aBadParameterIsAPageNotAStackTrace() {
        given().port(port).filter(session).accept("text/html")
                .get("/regions?page=abc")
                .then().statusCode(400)
                .body(allOf(containsString("请求无法完成"), not(containsString("NumberFormatException"))));
    }

    /**
     * Issue 11, finding 8: a 10 kB Idempotency-Key passed Tomcat's header limit and got its bare
     * 400 page on the API; it now reaches the filter that refuses it as a problem.
     */
    @Test
    void aTenKilobyteIdempotencyKeyIsA400ProblemInTheCallersLanguage() {
        String token = given().port(port).contentType("application/json")
                .body("{\"username\":\"grid01\",\"password\":\"Shuangsheng@2020\"}")
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("token");
        given().port(port).header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN")
                .header("Idempotency-Key", "k".repeat(10 * 1024)).contentType("application/json").body("{}")
                .post("/api/v1/households")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body(containsString("Idempotency-Key 须为 1 至 100 个字符"));
    }
}
