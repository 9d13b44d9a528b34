package vn.lienthong.petition;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "What the caller may do with a voters' recommendation: EDIT (PUT), ASSIGN (POST /assignment), ANSWER (POST /answer), "
        + "PUBLISH (POST /publication)")
public enum VoterRecommendationAction {
    EDIT, ASSIGN, ANSWER, PUBLISH
}
