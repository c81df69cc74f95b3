package fr.amiengine.needs;

import static io.restassured.RestAssured.given;

import fr.amiengine.support.Deliberation;
import fr.amiengine.support.Scenario;
import fr.amiengine.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The situations the census tests start from: a published family, and a need's body as the API takes it. */
public final class Needs {

    private static boolean published;

    private Needs() {
    }

    /** Publishes once per run a panorama whose family is {@link Scenario#FAMILY}, so that needs may name it. */
    public static synchronized String publishedFamily() {
        if (!published) {
            Deliberation d = Deliberation.evaluated(1, null,
                    List.of(Deliberation.general("Solution recensée", Scenario.FAMILY, 4))).decidedAndSent();
            given().auth().oauth2(Tokens.of(Tokens.ADMIN)).post("/api/campaigns/" + d.code + "/publish").then().statusCode(200);
            published = true;
        }
        return Scenario.FAMILY;
    }

    /** A complete need of the published family, for the given ministry. */
    public static Map<String, Object> body(String title, String ministry) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("mission", "Instruire les demandes des usagers");
        body.put("context", "Les courriers sont triés à la main par trois agents.");
        body.put("familyCode", publishedFamily());
        body.put("administrationType", "MINISTRY");
        body.put("ministry", ministry);
        body.put("usersCount", 120);
        body.put("documentsPerYear", 50_000);
        body.put("hostingRequired", "FRANCE");
        body.put("securityRequired", List.of("SECNUMCLOUD"));
        body.put("accessibilityRequired", "PARTIALLY_COMPLIANT");
        body.put("deploymentModesAccepted", List.of("SAAS", "ON_PREMISES"));
        body.put("identityFederationRequired", "ProConnect");
        body.put("horizon", "WITHIN_12_MONTHS");
        body.put("budgetMinEuros", 30_000);
        body.put("budgetMaxEuros", 150_000);
        body.put("privateNotes", "À voir avec la DSI");
        return body;
    }
}
