package fr.amiengine.web;

import fr.amiengine.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a form shows and the French errors next to its fields. Field names are the API's JSON paths
 * ({@code contact.email}), so the errors of the services land on the right field.
 */
public class FormState {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormState set(String name, Object value) {
        values.put(name, value == null ? List.of() : List.of(value.toString()));
        return this;
    }

    public FormState setAll(String name, List<String> many) {
        values.put(name, many == null ? List.of() : List.copyOf(many));
        return this;
    }

    public FormState error(String name, String message) {
        errors.putIfAbsent(name, message);
        return this;
    }

    public FormState errors(List<FieldError> fieldErrors) {
        fieldErrors.forEach(e -> error(e.field(), e.message()));
        return this;
    }

    public String value(String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? "" : found.get(0);
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean checked(String name, String option) {
        return values(name).contains(option);
    }

    public String errorOf(String name) {
        return errors.getOrDefault(name, "");
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int errorCount() {
        return errors.size();
    }

    /** The errors in the order of the form's fields, for the summary at the top (each links to its field). */
    public List<FieldError> errorList() {
        List<String> order = new ArrayList<>(values.keySet());
        List<FieldError> list = new ArrayList<>();
        errors.forEach((field, message) -> list.add(new FieldError(field, message)));
        list.sort(java.util.Comparator.comparingInt(e -> position(order, e.field())));
        return list;
    }

    private static int position(List<String> order, String field) {
        for (int i = 0; i < order.size(); i++) {
            String name = order.get(i);
            if (name.equals(field) || name.startsWith(field + "[") || name.startsWith(field + ".")) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The rows of a repeated group, as many as {@code rows.<list>} says. */
    public List<Row> rows(String list) {
        String count = value("rows." + list);
        int rows = count.isEmpty() ? 0 : Integer.parseInt(count);
        List<Row> result = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            result.add(new Row(list, i));
        }
        return result;
    }

    /** The HTML id of a field: {@code contact.email} becomes {@code champ-contact-email}. */
    public static String idOf(String name) {
        return "champ-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public String id(String name) {
        return idOf(name);
    }
}
