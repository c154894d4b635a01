package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.TestData;

/**
 * The platform's API as a roster tool or another system calls it, for a browser journey to make
 * its own data first: signed in once per user with the demo password.
 */
final class Api {

    static final String PASSWORD = "Shuangsheng@2020";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String bearer;

    private Api(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    static Api as(int port, String username) throws IOException, InterruptedException {
        String base = "http://localhost:" + port;
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        return new Api(base, JsonPath.read(token.body(), "$.token"));
    }

    /** Posts JSON and answers the body; fails unless the answer has {@code expected} status. */
    String post(String path, String json, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expected);
        return answer.body();
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** A round over the district from three days ago to three days ahead; answers its id. */
    long openRound(String name, java.time.LocalDate today) throws IOException, InterruptedException {
        return id(post("/api/v1/screening-rounds", "{\"name\":\"" + name + "\",\"startDate\":\"" + today.minusDays(3)
                + "\",\"endDate\":\"" + today.plusDays(3) + "\",\"regionCode\":\"230506\"}", 201));
    }

    /** A household of the grid with the given members (the first the head); answers its id and residents. */
    Household household(String grid, String address, String... names) throws IOException, InterruptedException {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            members.append(i == 0 ? "" : ",").append("{\"name\":\"").append(names[i]).append("\",\"idNumber\":\"")
                    .append(TestData.idNumber()).append("\",\"relation\":\"").append(i == 0 ? "户主" : "子女")
                    .append("\"}");
        }
        long id = id(post("/api/v1/households", "{\"gridCode\":\"" + grid + "\",\"address\":\"" + address
                + "\",\"members\":[" + members + "]}", 201));
        List<Long> residents = new ArrayList<>();
        for (Object resident : JsonPath.<List<Object>>read(get("/api/v1/households/" + id), "$.members[*].id")) {
            residents.add(((Number) resident).longValue());
        }
        return new Household(id, residents);
    }

    record Household(long id, List<Long> residents) {
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
