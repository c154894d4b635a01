package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, finding 8: errors that Tomcat or Spring answered bare. A 200 MB upload got 413 with an
 * empty body on the API and Tomcat's HTML page on a page; {@code %2F} or {@code %00} in a path and
 * a 10 kB Idempotency-Key got Tomcat's or Spring's own answers. Through the real server, as MockMvc
 * passes by Tomcat and its error dispatch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotProblemJsonFindingTests {

    private static final String PROBLEM = "application/problem+json";
    private static final String LAYOUT = "app-navbar";
    private static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokensForTests tokens;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aTwoHundredMegabyteUploadToTheApiIsA413ProblemNamingTheLimit() throws Exception {
        assertProblem(apiUpload(200 * MB, true, "zh-CN"), 413, "文件过大，上限 20 MB");
    }

    /** Sent in chunks, the body states no length: its parts are counted as they arrive. */
    @Test
    void anUploadWithNoStatedLengthOverTheLimitIsA413ProblemInEnglish() throws Exception {
        assertProblem(apiUpload(30 * MB, false, "en"), 413, "The file is too large: the limit is 20 MB");
    }

    @Test
    void anUploadOverTheLimitToAPageIsThePlatformsErrorPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = signIn(browser, "grid01");
        HttpResponse<String> answer = browser.send(upload("/households/import", 30 * MB, true, csrf)
                .header("Accept", "text/html").build(), BodyHandlers.ofString());
        assertPage(answer, 413, "文件过大，上限 20 MB");
    }

    @Test
    void anEncodedSlashNullOrBackslashInAnApiPathIsA400ProblemInTheCallersLanguage() throws Exception {
        for (String path : List.of("/api/v1/regions/230506%2F001", "/api/v1/regions/230506%5C001")) {
            assertProblem(get(path, "zh-CN"), 400, "不允许的字符");
            assertProblem(get(path, "en"), 400, "not allowed");
        }
        assertProblem(get("/api/v1/regions/230506%00", "zh-CN"), 400, "不允许的字符");
        assertProblem(get("/api/v1/regions/230506%00", "en"), 400, "not allowed");
    }

    @Test
    void anEncodedSlashNullOrBackslashInAPagePathIsThePlatformsErrorPage() throws Exception {
        for (String path : List.of("/regions/230506%2F001", "/regions/230506%5C001", "/regions/230506%00")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .build(), BodyHandlers.ofString());
            assertPage(answer, 400, "请求无法完成");
        }
    }

    @Test
    void aTenKilobyteIdempotencyKeyIsA400ProblemInTheCallersLanguage() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/households"))
                    .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", language)
                    .header("Idempotency-Key", "k".repeat(10 * 1024)).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
            assertProblem(answer, 400, language.equals("en") ? "Idempotency-Key must have 1 to 100" : "Idempotency-Key 须为");
        }
    }

    /** Tomcat refuses headers over {@code server.max-http-request-header-size} before Spring sees them. */
    @Test
    void headersOverTheLimitAreA400ProblemInTheCallersLanguage() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/households"))
                    .header("Accept-Language", language).header("X-Padding", "p".repeat(40 * 1024)).build(),
                    BodyHandlers.ofString());
            assertProblem(answer, 400, language.equals("en") ? "headers are too large" : "请求头过大");
        }
    }

    @Test
    void anUnknownApiRouteIsA404ProblemInTheCallersLanguage() throws Exception {
        assertProblem(get("/api/v1/households/1/no-such-thing", "zh-CN"), 404, "没有这个接口");
        assertProblem(get("/api/v1/households/1/no-such-thing", "en"), 404, "no such endpoint");
    }

    @Test
    void aMethodTheApiRouteDoesNotTakeIsA405ProblemInTheCallersLanguage() throws Exception {
        assertProblem(get("/api/v1/screening-rounds/1/close", "zh-CN"), 405, "不支持此请求方法");
        assertProblem(get("/api/v1/screening-rounds/1/close", "en"), 405, "does not take this request method");
    }

    @Test
    void aBodyOfTheWrongTypeIsA415ProblemInTheCallersLanguage() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/households"))
                    .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", language)
                    .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("x")).build(),
                    BodyHandlers.ofString());
            assertProblem(answer, 415, language.equals("en") ? "Unsupported media type" : "不支持的内容类型");
        }
    }

    @Test
    void anAnswerInAnUnofferedFormatIsA406ProblemInTheCallersLanguage() throws Exception {
        for (String language : List.of("zh-CN", "en")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/households"))
                    .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", language)
                    .header("Accept", "application/xml").build(), BodyHandlers.ofString());
            assertProblem(answer, 406, language.equals("en") ? "Not acceptable" : "无法以所要的格式回答");
        }
    }

    private HttpResponse<String> apiUpload(long size, boolean statedLength, String language)
            throws IOException, InterruptedException {
        return http.send(upload("/api/v1/households/import", size, statedLength)
                .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", language).build(),
                BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", tokens.bearer("commander"))
                .header("Accept-Language", language).build(), BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detail) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM));
        assertThat(answer.body()).contains("\"status\":" + status).contains(detail);
    }

    private static void assertPage(HttpResponse<String> answer, int status, String text) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains(LAYOUT, text).doesNotContain("HTTP Status");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String signIn(HttpClient browser, String username) throws IOException, InterruptedException {
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=Shuangsheng%402020&_csrf=" + csrf(login);
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.discarding());
        return csrf(browser.send(HttpRequest.newBuilder(uri("/households/import")).build(), BodyHandlers.ofString())
                .body());
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    /**
     * A multipart body with one file of {@code size} zero bytes, made while it is sent; with its length
     * stated, or in chunks. A CSRF field goes first, as a browser's form sends it.
     */
    private HttpRequest.Builder upload(String path, long size, boolean statedLength, String... csrf) {
        String boundary = "finding8";
        String head = (csrf.length == 0 ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf[0] + "\r\n")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        BodyPublisher stream = BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                new SequenceInputStream(new java.io.ByteArrayInputStream(start), new Zeros(size)),
                new java.io.ByteArrayInputStream(end)));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(statedLength ? BodyPublishers.fromPublisher(stream, start.length + size + end.length) : stream);
    }

    /** {@code size} zero bytes, none of them held. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
