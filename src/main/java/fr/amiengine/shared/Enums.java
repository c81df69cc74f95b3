package fr.amiengine.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way a request field (a form field, a query parameter, a path segment) becomes an enum constant. A form
 * reads it with {@link #named}, and lets Bean Validation report a missing or unknown choice on its field; a filter
 * of the API reads it with {@link #parse}, which refuses an unknown value with a French 422 naming the field and the
 * values it accepts.
 */
public final class Enums {

    private Enums() {
    }

    /** The constant whose name is exactly {@code name}; {@code null} when the value is missing, blank or unknown. */
    public static <E extends Enum<E>> E named(Class<E> type, String name) {
        return byKey(type.getEnumConstants(), Enum::name, name).orElse(null);
    }

    /**
     * The constant whose name is exactly {@code name}; {@code null} when the value is missing or blank.
     *
     * @throws AmiException invalid (422) on {@code field} when no constant has that name
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        E[] values = type.getEnumConstants();
        return byKey(values, Enum::name, name).orElseThrow(() -> AmiException.invalid(field, "La valeur « " + name
                + " » n'est pas reconnue ; valeurs possibles : "
                + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")) + "."));
    }

    /** The constant whose key (a slug, a word of an address) is exactly {@code value}; empty when none. */
    public static <E extends Enum<E>> Optional<E> byKey(E[] values, Function<E, String> key, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values).filter(v -> value.equals(key.apply(v))).findFirst();
    }
}
