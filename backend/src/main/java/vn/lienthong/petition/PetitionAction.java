package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What the caller may do with a petition now: ASSIGN_HANDLER (a leader of the receiving office), REVEAL_IDENTITY (an assigned handler, "
        + "with a reason), CLASSIFY, ACCEPT, FORWARD, GUIDE, FILE, RESOLVE, ASSIGN_UNIT (a handler or a leader of the receiving office, by status)")
public enum PetitionAction {
    ASSIGN_HANDLER, REVEAL_IDENTITY, CLASSIFY, ACCEPT, FORWARD, GUIDE, FILE, RESOLVE, ASSIGN_UNIT
}
