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
        return byKey(values, Enum::name, name).orElseThrow(() -> AmiException.invalid(field, "La valeur «\u00a0" + name
                + "\u00a0» n’est pas reconnue\u00a0; valeurs possibles\u00a0: " + labels(type) + "."));
    }

    /**
     * The French words of each constant, for a message that says what a field accepts: the constant's public
     * {@code label} (or {@code defaultLabel}) field, which our enums shown to people carry; its name otherwise.
     */
    public static String labels(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> label((Enum<?>) c)).collect(Collectors.joining(", "));
    }

    /** The French words of a constant (its {@code label} or {@code defaultLabel} field), else its name. */
    public static String label(Enum<?> constant) {
        for (String field : new String[] {"label", "defaultLabel"}) {
            try {
                Object value = constant.getDeclaringClass().getField(field).get(constant);
                if (value instanceof String text) {
                    return text;
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // this enum has no such field: try the next one
            }
        }
        return constant.name();
    }

    /** The constant whose key (a slug, a word of an address) is exactly {@code value}; empty when none. */
    public static <E extends Enum<E>> Optional<E> byKey(E[] values, Function<E, String> key, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values).filter(v -> value.equals(key.apply(v))).findFirst();
    }
}
