package org.shuangsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages and assets go gzip-compressed to a browser that accepts it. Through the real server:
 * compression is Tomcat's, which MockMvc passes by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetCompressionTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageAndItsStylesheetGoCompressedAndUnpackToWhatIsServedPlain() throws Exception {
        HttpResponse<byte[]> page = get("/login", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
        String stylesheet = AssetCachingTests.versioned(html, "/webjars/bootstrap/css/bootstrap.min");

        HttpResponse<byte[]> packed = get(stylesheet, "gzip");
        HttpResponse<byte[]> plain = get(stylesheet, "identity");
        assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(packed.body().length).isLessThan(plain.body().length / 4);
        assertThat(gunzip(packed.body())).isEqualTo(plain.body());
        assertThat(packed.headers().firstValue("Cache-Control")).hasValue(AssetCachingTests.FOR_A_YEAR);
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
