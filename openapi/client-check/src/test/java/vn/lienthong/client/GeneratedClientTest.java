package vn.lienthong.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.lienthong.client.api.AuthenticationApi;
import vn.lienthong.client.model.LoginRequest;
import vn.lienthong.client.model.TokenResponse;

/** Proves the client generated from lienthong.yml has usable API and model names. */
class GeneratedClientTest {

    @Test
    void authenticationApiAndLoginRequestAreUsable() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:8080");
        AuthenticationApi api = new AuthenticationApi(client);
        assertEquals("http://localhost:8080", client.getBaseUri());

        LoginRequest login = new LoginRequest().username("vptu.chuyenvien").password("LienThong@2026");
        assertEquals("vptu.chuyenvien", login.getUsername());
        assertEquals("LienThong@2026", login.getPassword());

        // the model round-trips through the client's ObjectMapper
        String json = client.getObjectMapper().writeValueAsString(login);
        assertEquals(login, client.getObjectMapper().readValue(json, LoginRequest.class));
        // POST /api/v1/auth/login (operationId "login") takes a LoginRequest and answers a TokenResponse
        assertEquals(TokenResponse.class, api.getClass().getMethod("login", LoginRequest.class).getReturnType());
    }
}
