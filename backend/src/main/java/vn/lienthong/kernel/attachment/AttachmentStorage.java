package vn.lienthong.kernel.attachment;

import java.io.IOException;
import java.io.InputStream;

/** Where attachment bytes live. Local disk by default; an object store can replace it without touching callers. */
public interface AttachmentStorage {
    /** Stores the stream under the key, returning the number of bytes written; fails if the key exists. */
    void put(String key, InputStream content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
