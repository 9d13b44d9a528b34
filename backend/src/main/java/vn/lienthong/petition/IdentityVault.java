package vn.lienthong.petition;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.lienthong.kernel.web.ProblemException;
import vn.lienthong.kernel.web.ProblemType;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals and opens petitioners' identities (AES-256-GCM, a fresh 96-bit nonce each time) with the key configured in
 * `lienthong.petitions.identity-key` (base64 of 32 bytes; env PETITION_IDENTITY_KEY) — never in the repository or the
 * database. Also derives the e-portal's tracking secrets from the same key, so no secret is stored anywhere.
 * Without a key, petitions with identities cannot be recorded (503), and nothing else is affected.
 */
@Singleton
public class IdentityVault {
    private static final int NONCE_BYTES = 12;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();
    @Nullable
    private final SecretKeySpec key;
    @Nullable
    private final byte[] trackingKey;
    @Nullable
    private final String keyId;

    IdentityVault(JsonMapper json, @Nullable @Value("${lienthong.petitions.identity-key:}") String configured) {
        this.json = json;
        if (configured == null || configured.isBlank()) {
            key = null;
            trackingKey = null;
            keyId = null;
            return;
        }
        byte[] raw = Base64.getDecoder().decode(configured.strip());
        if (raw.length != 32) {
            throw new IllegalStateException("lienthong.petitions.identity-key must be the base64 of 32 bytes (AES-256)");
        }
        key = new SecretKeySpec(raw, "AES");
        trackingKey = hmac(raw, "lienthong-petition-tracking".getBytes(StandardCharsets.UTF_8));
        try {
            keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A petitioner's identifying data: what the Law on Denunciation calls the denouncer's identity. */
    @io.micronaut.serde.annotation.Serdeable
    public record Identity(String fullName, @Nullable String address, @Nullable String idNumber, @Nullable String phone) {
    }

    public record Sealed(byte[] ciphertext, String keyId) {
    }

    private void requireKey() {
        if (key == null) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Petitioners' identities cannot be stored: the identity key is not configured.");
        }
    }

    public Sealed seal(Identity identity) {
        try {
            return sealBytes(json.writeValueAsBytes(identity));
        } catch (IOException e) {
            throw new IllegalStateException("could not seal an identity", e);
        }
    }

    /** Seals any bytes (an identity, a scan, its file name): AES-256-GCM, a fresh nonce in front of the ciphertext. */
    public Sealed sealBytes(byte[] plain) {
        requireKey();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return new Sealed(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array(), keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal", e);
        }
    }

    public byte[] openBytes(byte[] sealed, String sealedWith) {
        return decrypt(sealed, sealedWith, "The file");
    }

    public Identity open(byte[] sealed, String sealedWith) {
        try {
            return json.readValue(decrypt(sealed, sealedWith, "The identity"), Identity.class);
        } catch (IOException e) {
            throw new IllegalStateException("could not open an identity", e);
        }
    }

    /** The plain bytes of a sealed value; 503 when it was sealed with another key than the configured one ("what" names it). */
    private byte[] decrypt(byte[] sealed, String sealedWith, String what) {
        requireKey();
        if (!sealedWith.equals(keyId)) {
            throw new ProblemException(ProblemType.UNAVAILABLE, what + " was sealed with another key (" + sealedWith + ") than the one configured.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not open", e);
        }
    }

    /**
     * A blind index of a name or an ID number: an HMAC under the key of the value without diacritics, case or spacing, so
     * that "Nguyễn Văn Bình" and "nguyen van binh" match, and nothing readable is stored.
     */
    @Nullable
    public String fingerprint(String purpose, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        requireKey();
        String normalized = java.text.Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return HexFormat.of().formatHex(hmac(trackingKey, (purpose + "|" + normalized).getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    /** A new tracking code for the e-portal, e.g. "DT-7K3M9Q2XHA". */
    public String newTrackingCode() {
        StringBuilder code = new StringBuilder("DT-");
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The citizen's secret for a tracking code: derived, so it is stored nowhere and a replayed submission gets it again. */
    public String secretOf(String trackingCode) {
        requireKey();
        byte[] mac = hmac(trackingKey, trackingCode.getBytes(StandardCharsets.UTF_8));
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            secret.append(ALPHABET.charAt((mac[i] & 0xff) % ALPHABET.length()));
        }
        return secret.toString();
    }

    /** Compares in constant time, and does the same work for an unknown code (`trackingCode` null) as for a known one. */
    public boolean matches(@Nullable String trackingCode, String secret) {
        String expected = secretOf(trackingCode == null ? "DT-UNKNOWNCODE" : trackingCode);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), secret.strip().toUpperCase().getBytes(StandardCharsets.UTF_8));
        return trackingCode != null && same;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
