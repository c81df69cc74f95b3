package fr.amiengine.shared;

import java.util.List;

/**
 * The one family of business errors. Each carries the HTTP status it maps to and a French
 * message meant for the person who made the request; {@link ProblemMapper} turns it into
 * {@code application/problem+json}.
 */
public class AmiException extends RuntimeException {

    /** The kinds of failure a caller can act on, each with its HTTP status. */
    public enum Kind {
        INVALID(422, "Requête invalide"),
        FORBIDDEN(403, "Accès refusé"),
        NOT_FOUND(404, "Ressource introuvable"),
        CONFLICT(409, "Opération impossible dans l’état actuel"),
        TOO_LARGE(413, "Contenu trop volumineux");

        public final int status;
        public final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private final Kind kind;
    private final List<FieldError> errors;

    public AmiException(Kind kind, String detail, List<FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public AmiException(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    public static AmiException invalid(String detail, List<FieldError> errors) {
        return new AmiException(Kind.INVALID, detail, errors);
    }

    public static AmiException invalid(String field, String message) {
        return new AmiException(Kind.INVALID, message, List.of(new FieldError(field, message)));
    }

    public static AmiException forbidden(String detail) {
        return new AmiException(Kind.FORBIDDEN, detail);
    }

    public static AmiException notFound(String detail) {
        return new AmiException(Kind.NOT_FOUND, detail);
    }

    public static AmiException conflict(String detail) {
        return new AmiException(Kind.CONFLICT, detail);
    }

    public static AmiException tooLarge(String detail) {
        return new AmiException(Kind.TOO_LARGE, detail);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
