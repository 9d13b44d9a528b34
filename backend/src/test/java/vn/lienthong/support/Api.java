package vn.lienthong.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real HTTP calls through the Micronaut client, with 4xx/5xx returned as responses rather than thrown. */
public final class Api {
    private final BlockingHttpClient http;
    private final JsonMapper json;

    public Api(BlockingHttpClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public record Response(int status, String body, HttpHeaders headers, JsonMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readValue(body.getBytes(StandardCharsets.UTF_8), JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.coerceStringValue();
        }

        public String contentType() {
            return headers.get(HttpHeaders.CONTENT_TYPE);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.exchange(request, Argument.STRING, Argument.STRING);
            return new Response(response.code(), response.getBody(String.class).orElse(""), response.getHeaders(), json);
        } catch (HttpClientResponseException e) {
            return new Response(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""), e.getResponse().getHeaders(), json);
        }
    }

    public Response get(String path, String token) {
        return send(auth(HttpRequest.GET(path), token));
    }

    public Response postJson(String path, String token, String body) {
        return send(auth(HttpRequest.POST(path, body).contentType("application/json"), token));
    }

    public static <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }
}
