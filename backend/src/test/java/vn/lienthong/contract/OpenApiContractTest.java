package vn.lienthong.contract;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Api;
import vn.lienthong.support.ApiTestBase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The committed contract (openapi/lienthong.yml) must be exactly what the code generates. `make openapi`
 * (-Dopenapi.update=true) rewrites it; otherwise a difference fails the build.
 */
@MicronautTest(transactional = false)
class OpenApiContractTest extends ApiTestBase {
    static final Path COMMITTED = Path.of("..", "openapi", "lienthong.yml");

    static String generated() throws IOException {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/META-INF/swagger/lienthong.yml")) {
            if (in == null) {
                fail("the OpenAPI document was not generated at compile time");
            }
            return OpenApiNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void committedDocumentMatchesTheCode() throws IOException {
        String generated = generated();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, generated);
        }
        assertTrue(Files.exists(COMMITTED), "openapi/lienthong.yml is missing: run `make openapi`");
        if (!generated.equals(Files.readString(COMMITTED))) {
            fail("openapi/lienthong.yml differs from the document the code generates: run `make openapi` and commit the result");
        }
    }

    @Test
    void theDocumentIsOpenApi31WithRequiredFieldsAndNullableReferences() throws IOException {
        String document = generated();
        assertTrue(document.startsWith("openapi: 3.1.0"));
        assertTrue(document.contains("oneOf:\n"), "nullable references become oneOf with null");
        assertTrue(!document.contains("nullable:"), "no 3.0 nullable keyword is left");
    }

    @Test
    void swaggerUiAndTheDocumentAreServed() {
        Api.Response ui = api().send(HttpRequest.GET("/swagger-ui/index.html"));
        assertEquals(200, ui.status());
        assertTrue(ui.body().contains("swagger"), "Swagger UI page");
        Api.Response spec = api().send(HttpRequest.GET("/swagger/lienthong.yml"));
        assertEquals(200, spec.status());
        assertTrue(spec.body().startsWith("openapi: 3.1.0"), "the served document is the committed 3.1 contract");
    }
}
