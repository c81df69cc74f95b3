package fr.amiengine.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A security matrix: rows of requests, each sent by nobody, a candidate of another organisation, an evaluator, the
 * owning candidate and an administrator (in that order, so that a row that changes state is changed by the
 * administrator last), with the status each must get. Redirects are not followed (a page sends nobody to Keycloak).
 */
public final class RoleMatrix {

    public enum Who {
        NOBODY(null), OTHER_ORGANISATION(Tokens.CANDIDATE_B), EVALUATOR(Tokens.EVALUATOR), OWNER(Tokens.CANDIDATE_A),
        ADMIN(Tokens.ADMIN);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    public record Row(String method, String path, String body, Map<Who, Integer> expected) {
    }

    private RoleMatrix() {
    }

    public static Map<Who, Integer> expect(int nobody, int other, int evaluator, int owner, int admin) {
        Map<Who, Integer> map = new LinkedHashMap<>();
        map.put(Who.NOBODY, nobody);
        map.put(Who.OTHER_ORGANISATION, other);
        map.put(Who.EVALUATOR, evaluator);
        map.put(Who.OWNER, owner);
        map.put(Who.ADMIN, admin);
        return map;
    }

    /**
     * Sends every row as every caller; returns one line per status that differs from the expected one, and one per
     * security header missing from an answer ({@link SecurityHeaders}).
     */
    public static List<String> mismatches(List<Row> rows) {
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (Who who : Who.values()) {
                Response response = request(who, r).request(r.method(), r.path());
                int status = response.statusCode();
                if (status != r.expected().get(who)) {
                    mismatches.add(String.format("%-6s %-62s %-18s attendu %d, reçu %d", r.method(), r.path(), who,
                            r.expected().get(who), status));
                }
                SecurityHeaders.missing(response).forEach(m -> mismatches.add(String.format("%-6s %-62s %-18s %s",
                        r.method(), r.path(), who, m)));
            }
        }
        return mismatches;
    }

    private static RequestSpecification request(Who who, Row row) {
        RequestSpecification spec = given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig()
                .followRedirects(false)));
        if (who.user != null) {
            spec.auth().oauth2(Tokens.of(who.user));
        }
        if (row.body() != null) {
            spec.contentType("application/json").body(row.body());
        }
        return spec;
    }
}
