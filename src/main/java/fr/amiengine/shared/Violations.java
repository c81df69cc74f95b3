package fr.amiengine.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation results as field errors named like the API's JSON paths ({@code criteria[1].threshold}),
 * whether a request record was validated as a method parameter or by hand in a page.
 */
public final class Violations {

    private Violations() {
    }

    public static List<FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(path(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String path(Path path) {
        List<String> names = new ArrayList<>();
        boolean parameterSeen = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterSeen = true;
                names.clear();
                continue;
            }
            if (node.isInIterable() && !names.isEmpty() && node.getIndex() != null) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() && !parameterSeen ? path.toString() : String.join(".", names);
    }
}
