package fr.amiengine.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The headers every answer of the application carries, page or API, success or error: a strict content security
 * policy (this site only, no inline script or style, no framing), no content sniffing, no referrer to other sites.
 * The security matrices check them on every row.
 */
public final class SecurityHeaders {

    private static final List<String> STRICT_DIRECTIVES = List.of("default-src 'self'", "script-src 'self'",
            "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /** What is missing or too loose in the answer's headers; empty when all is in place. */
    public static List<String> missing(Response response) {
        List<String> missing = new ArrayList<>();
        String csp = response.header("Content-Security-Policy");
        if (csp == null) {
            missing.add("Content-Security-Policy absente");
        } else {
            STRICT_DIRECTIVES.stream().filter(d -> !(csp + ";").contains(d + ";")).forEach(d -> missing.add("CSP sans «\u00a0" + d + "\u00a0»"));
            if (csp.contains("unsafe") || csp.contains("*")) {
                missing.add("CSP trop large\u00a0: " + csp);
            }
        }
        if (!"nosniff".equals(response.header("X-Content-Type-Options"))) {
            missing.add("X-Content-Type-Options: nosniff absent");
        }
        String referrer = response.header("Referrer-Policy");
        if (referrer == null || referrer.contains("unsafe-url")) {
            missing.add("Referrer-Policy absente ou trop large");
        }
        return missing;
    }
}
