package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What the caller may do with a reception session: EDIT (PUT), HOLD (POST /holding), CANCEL (POST /cancellation), "
        + "RECORD_PETITION (POST /petitions)")
public enum ReceptionSessionAction {
    EDIT, HOLD, CANCEL, RECORD_PETITION
}
