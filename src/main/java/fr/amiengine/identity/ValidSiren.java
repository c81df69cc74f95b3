package fr.amiengine.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIREN of nine digits with a valid checksum; null is left to {@code @NotBlank}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSiren.Validator.class)
public @interface ValidSiren {

    String message() default "Le SIREN doit comporter 9 chiffres et avoir une clé de contrôle valide";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSiren, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Siren.isValid(value);
        }
    }
}
