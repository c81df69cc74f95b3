package fr.amiengine.identity;

/** SIREN numbers (INSEE): nine digits whose Luhn checksum is valid; spaces typed by people are ignored. */
public final class Siren {

    private Siren() {
    }

    /** Strips the spaces people type ("732 829 320") so that the stored form is nine digits. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s\\u00A0\\u202F.]", "");
    }

    public static boolean isValid(String raw) {
        String siren = normalise(raw);
        if (siren == null || !siren.matches("\\d{9}") || siren.equals("000000000")) {
            return false;
        }
        return luhn(siren);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
