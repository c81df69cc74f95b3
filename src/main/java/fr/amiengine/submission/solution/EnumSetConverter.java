package fr.amiengine.submission.solution;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of enum constants as one comma-separated column, in declaration order. */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }

    @jakarta.persistence.Converter
    public static class DeploymentModes extends EnumSetConverter<DeploymentMode> {
        public DeploymentModes() {
            super(DeploymentMode.class);
        }
    }

    @jakarta.persistence.Converter
    public static class SecurityQualifications extends EnumSetConverter<SecurityQualification> {
        public SecurityQualifications() {
            super(SecurityQualification.class);
        }
    }
}
