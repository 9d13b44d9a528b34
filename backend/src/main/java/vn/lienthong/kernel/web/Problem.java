package vn.lienthong.kernel.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body; every error of the API has this shape. */
@Serdeable
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is stable and names what the client can act on; `detail` is for people.",
        example = "{\"type\":\"urn:lienthong:problem:validation\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"One or more fields are invalid.\",\"instance\":\"/api/v1/units\",\"requestId\":\"5f0c3a0e-2b1c-4a4e-9d53-0f7f3c1f2a10\",\"errors\":[{\"field\":\"name\",\"message\":\"must not be blank\"}]}")
public record Problem(
        @Schema(description = "Stable identifier of the problem type", example = "urn:lienthong:problem:validation") String type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "Human-readable explanation of this occurrence", example = "One or more fields are invalid.") @Nullable String detail,
        @Schema(description = "The request path", example = "/api/v1/units") @Nullable String instance,
        @Schema(description = "Request id, also in the X-Request-Id header and the server log") @Nullable String requestId,
        @Schema(description = "Field-level errors (validation)") @Nullable List<FieldError> errors) {

    @Serdeable
    @Schema(name = "FieldError", description = "One invalid field or parameter", example = "{\"field\":\"name\",\"message\":\"must not be blank\"}")
    public record FieldError(
            @Schema(description = "Field or parameter path", example = "name") String field,
            @Schema(description = "What is wrong with it", example = "must not be blank") String message) {
    }
}
