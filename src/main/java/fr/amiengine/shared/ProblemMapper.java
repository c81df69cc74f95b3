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
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
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

    @ServerExceptionMapper
    public Response business(AmiException e, UriInfo uri) {
        return problem(e.kind().status, e.kind().title, e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "La requête contient " + errors.size() + " erreurs : "
                  + errors.stream().map(f -> f.field() + " (" + f.message() + ")").collect(Collectors.joining(", "));
        return problem(422, AmiException.Kind.INVALID.title, detail, uri, errors);
    }

    // The subclasses are listed because Quarkus REST ships its own mappers for them, which would win otherwise.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return problem(400, "Requête mal formée", "Le champ « " + field + " » n'est pas reconnu.", uri,
                    List.of(new FieldError(field, "champ inconnu")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return problem(400, "Requête mal formée", "La valeur du champ « " + field + " » n'a pas le format attendu.",
                    uri, List.of(new FieldError(field, "format invalide")));
        }
        return problem(400, "Requête mal formée", "Le corps de la requête n'est pas un document JSON valide.", uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "Authentification requise",
                        "Vous devez être authentifié pour accéder à cette ressource.", uri, List.of()))
                .header("WWW-Authenticate", "Bearer realm=\"ami\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, AmiException.Kind.FORBIDDEN.title,
                "Votre rôle ne permet pas d'effectuer cette opération.", uri, List.of());
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
        return problem(status, titleOf(status), detailOf(status), uri, List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, PessimisticLockException.class, LockTimeoutException.class,
            StaleStateException.class, org.hibernate.exception.ConstraintViolationException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    /** Two requests changed the same thing at once: the loser's transaction was rolled back. */
    public static Response concurrentChange(UriInfo uri) {
        return problem(409, AmiException.Kind.CONFLICT.title,
                "Cette ressource vient d'être modifiée par une autre opération ; rien n'a été enregistré. "
                        + "Rechargez-la puis recommencez.", uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        // A conflict detected at commit arrives wrapped (RollbackException and the like).
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                LOG.warnf("Modification concurrente sur %s : %s", uri.getPath(), cause.getMessage());
                return concurrentChange(uri);
            }
        }
        LOG.error("Erreur inattendue sur " + uri.getPath(), e);
        return problem(500, "Erreur interne",
                "Une erreur inattendue est survenue ; rien n'a été modifié. Réessayez ou contactez l'équipe d'exploitation.",
                uri, List.of());
    }

    static Response problem(int status, String title, String detail, UriInfo uri, List<FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, instance, errors))
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Path: method.parameter.field[...]; keep what follows the parameter so that the name matches the JSON.
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                continue;
            }
            if (!afterParameter || node.getKind() == ElementKind.METHOD) {
                continue;
            }
            // The index of a list element is carried by the node that follows the list.
            if (node.isInIterable() && !names.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            names.add(violation.getPropertyPath().toString());
        }
        return String.join(".", names);
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
            case 403 -> "Vous n'avez pas accès à cette ressource.";
            case 404 -> "Aucune ressource ne correspond à cette adresse.";
            case 405 -> "Cette méthode HTTP n'est pas autorisée sur cette adresse.";
            case 406 -> "Le format de réponse demandé n'est pas disponible.";
            case 413 -> "Le contenu envoyé dépasse la taille autorisée.";
            case 415 -> "Le format du contenu envoyé n'est pas pris en charge.";
            default -> status >= 500
                    ? "Une erreur inattendue est survenue ; rien n'a été modifié."
                    : "La requête a été refusée.";
        };
    }
}
