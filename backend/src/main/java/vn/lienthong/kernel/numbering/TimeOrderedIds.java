package vn.lienthong.kernel.numbering;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. For the rows of very large tables
 * written at a high rate (petitions from the e-portal): consecutive ids sort together, so the inserts into the primary
 * key and every index that leads with the id touch the same few pages instead of a random page of a large index each.
 * Still unguessable: the random part comes from a SecureRandom, as UUID.randomUUID()'s does.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return of(System.currentTimeMillis(), RANDOM.nextLong(), RANDOM.nextLong());
    }

    static UUID of(long unixMillis, long randomA, long randomB) {
        long msb = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (randomA & 0x0FFFL);
        long lsb = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
