package vn.lienthong.support;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;

/** What every API test needs: the real HTTP client, fixtures and a login. */
public abstract class ApiTestBase {
    @Inject
    @Client("/")
    protected HttpClient httpClient;

    @Inject
    protected JsonMapper jsonMapper;

    @Inject
    protected Fixtures fixtures;

    @Inject
    protected TestClock clock;

    protected Api api() {
        return new Api(httpClient.toBlocking(), jsonMapper);
    }

    protected String login(String username) {
        Api.Response response = api().postJson("/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        if (response.status() != 200) {
            throw new AssertionError("login failed: " + response);
        }
        return response.text("accessToken");
    }
}
