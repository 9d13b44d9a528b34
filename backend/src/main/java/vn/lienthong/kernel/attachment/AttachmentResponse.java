package vn.lienthong.kernel.attachment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Serdeable
@Schema(name = "AttachmentResponse", description = "A stored file: its name, type, size and SHA-256 checksum",
        example = "{\"id\":\"6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f\",\"fileName\":\"bien-ban-hop.pdf\",\"contentType\":\"application/pdf\",\"sizeBytes\":183204,\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"createdAt\":\"2026-11-23T09:15:00+07:00\"}")
public record AttachmentResponse(@Schema(description = "Attachment id") UUID id,
                                 @Schema(description = "Original file name") String fileName,
                                 @Schema(description = "Media type") String contentType,
                                 @Schema(description = "Size in bytes") long sizeBytes,
                                 @Schema(description = "SHA-256 of the content, hex") String sha256,
                                 @Schema(description = "Upload time") OffsetDateTime createdAt) {
}
