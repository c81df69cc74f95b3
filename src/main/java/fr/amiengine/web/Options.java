package fr.amiengine.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Builds the choices of a form field from an enum and its French labels. */
public final class Options {

    private Options() {
    }

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
