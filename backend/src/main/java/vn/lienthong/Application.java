package vn.lienthong;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

import java.net.URI;

@OpenAPIDefinition(
        info = @Info(title = "Liên Thông API", version = "1",
                description = "Coordination platform of the Party Committee Office, the Office of the National Assembly Delegation and "
                        + "People's Council, and the People's Committee Office: calendars, meetings, conclusions, petitions and reviews. "
                        + "Errors are application/problem+json (RFC 9457); lists share one paging scheme; updates need If-Match.",
                contact = @Contact(name = "Liên Thông team")),
        servers = @Server(url = "/", description = "The server this document is served from"),
        security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from POST /api/v1/auth/login (people) or POST /api/v1/auth/token (machine clients)")
public class Application {
    public static void main(String[] args) {
        useDatabaseUrl(System.getenv("DATABASE_URL"));
        Micronaut.run(Application.class, args);
    }

    /** Accepts the conventional DATABASE_URL (postgres://user:pass@host:port/db) when DB_URL is not given. */
    static void useDatabaseUrl(String databaseUrl) {
        if (databaseUrl == null || databaseUrl.isBlank() || System.getenv("DB_URL") != null) {
            return;
        }
        if (databaseUrl.startsWith("jdbc:")) {
            System.setProperty("datasources.default.url", databaseUrl);
            return;
        }
        URI uri = URI.create(databaseUrl);
        System.setProperty("datasources.default.url", "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath()
                + (uri.getQuery() == null ? "" : "?" + uri.getQuery()));
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            System.setProperty("datasources.default.username", parts[0]);
            if (parts.length > 1) {
                System.setProperty("datasources.default.password", parts[1]);
            }
        }
    }
}
