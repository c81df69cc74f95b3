package fr.amiengine.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The single place where failures become {@code application/problem+json} with a French detail.
 * No Java class name or stack trace ever reaches the caller.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response business(AmiException e, UriInfo uri) {
        return problem(e.kind().status, e.kind().title, e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = Violations.of(e.getConstraintViolations());
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "La requête contient " + errors.size() + " erreurs\u00a0: "
                  + errors.stream().map(f -> f.field() + " (" + f.message() + ")").collect(Collectors.joining(", "));
        return problem(422, AmiException.Kind.INVALID.title, detail, errors);
    }

    // The subclasses are listed because Quarkus REST ships its own mappers for them, which would win otherwise.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return problem(400, "Requête mal formée", "Le champ «\u00a0" + field + "\u00a0» n’est pas reconnu.",
                    List.of(new FieldError(field, "champ inconnu")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
                // the API's constants stay out of the message: it says the accepted values in French
                return problem(400, "Requête mal formée", "La valeur du champ «\u00a0" + field + "\u00a0» n’est pas reconnue\u00a0; "
                        + "valeurs possibles\u00a0: " + Enums.labels(format.getTargetType()) + ".",
                        List.of(new FieldError(field, "valeur non reconnue")));
            }
            return problem(400, "Requête mal formée", "La valeur du champ «\u00a0" + field + "\u00a0» n’a pas le format attendu.",
                    List.of(new FieldError(field, "format invalide")));
        }
        return problem(400, "Requête mal formée", "Le corps de la requête n’est pas un document JSON valide.", List.of());
    }

    /**
     * Asks the request's authentication mechanism for its challenge: a browser on the pages is sent to Keycloak's
     * login page, an API client gets a French 401 with its {@code WWW-Authenticate} header.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context).onFailure().recoverWithNull();
        return challenge.map(data -> {
            if (data != null && data.status != 401) {
                Response.ResponseBuilder redirect = Response.status(data.status);
                if (data.headerName != null) {
                    redirect.header(data.headerName.toString(), data.headerContent);
                }
                return redirect.build();
            }
            return Response.fromResponse(problem(401, "Authentification requise",
                            "Vous devez être authentifié pour accéder à cette ressource.", List.of()))
                    .header("WWW-Authenticate", data != null && data.headerName != null ? data.headerContent : "Bearer realm=\"ami\"")
                    .build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, AmiException.Kind.FORBIDDEN.title,
                "Votre rôle ne permet pas d’effectuer cette opération.", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Erreur HTTP " + status, e);
        }
        return problem(status, titleOf(status), detailOf(status), List.of());
    }

    /**
     * An I/O failure that reaches the mappers comes from reading the request: the resources declare no checked I/O
     * of their own (the PDF inspection and the stores catch theirs). The typical case is a multipart upload cut short
     * (« Connection terminated parsing multipart request »): the caller's fault, answered with a 400, not a 500.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.warnf("Corps de requête illisible sur %s\u00a0: %s", uri.getPath(), e.getMessage());
        return problem(400, "Requête mal formée", "Le contenu envoyé est incomplet ou mal formé (envoi interrompu\u00a0?)\u00a0: "
                + "rien n’a été enregistré\u00a0; envoyez-le à nouveau en entier.", List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, PessimisticLockException.class, LockTimeoutException.class,
            StaleStateException.class, org.hibernate.exception.ConstraintViolationException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return concurrentChange();
    }

    private Response concurrentChange() {
        return problem(409, AmiException.Kind.CONFLICT.title, CONCURRENT_CHANGE, List.of());
    }

    /** Two requests changed the same thing at once: the loser's transaction was rolled back. */
    public static final String CONCURRENT_CHANGE = "Cette ressource vient d’être modifiée par une autre opération\u00a0; "
            + "rien n’a été enregistré. Rechargez-la puis recommencez.";

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // A conflict detected at commit arrives wrapped (RollbackException and the like).
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                LOG.warnf("Modification concurrente sur %s\u00a0: %s", uri.getPath(), cause.getMessage());
                return concurrentChange();
            }
        }
        LOG.error("Erreur inattendue sur " + uri.getPath(), e);
        return problem(500, "Erreur interne",
                "Une erreur inattendue est survenue\u00a0; rien n’a été modifié. Réessayez ou contactez l’équipe d’exploitation.",
                List.of());
    }

    private Response problem(int status, String title, String detail, List<FieldError> errors) {
        return problems.respond(status, title, detail, errors);
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Requête mal formée";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 413 -> "Contenu trop volumineux";
            case 415 -> "Format de contenu non pris en charge";
            default -> status >= 500 ? "Erreur interne" : "Requête refusée";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "La requête est mal formée.";
            case 401 -> "Vous devez être authentifié pour accéder à cette ressource.";
            case 403 -> "Vous n’avez pas accès à cette ressource.";
            case 404 -> "Aucune ressource ne correspond à cette adresse.";
            case 405 -> "Cette méthode HTTP n’est pas autorisée sur cette adresse.";
            case 406 -> "Le format de réponse demandé n’est pas disponible.";
            case 413 -> "Le contenu envoyé dépasse la taille autorisée.";
            case 415 -> "Le format du contenu envoyé n’est pas pris en charge.";
            default -> status >= 500
                    ? "Une erreur inattendue est survenue\u00a0; rien n’a été modifié."
                    : "La requête a été refusée.";
        };
    }
}
