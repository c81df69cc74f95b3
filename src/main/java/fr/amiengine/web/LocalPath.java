package fr.amiengine.web;

/**
 * The one check of an address a request asks to be sent to (the page to come back to after signing in): only a path
 * of this site is followed, so that a link of another site cannot use the sign-in to send a person elsewhere (an open
 * redirect).
 */
public final class LocalPath {

    private LocalPath() {
    }

    /**
     * Whether {@code address} is a path of this site: it starts with a single {@code /}, is neither
     * {@code //host} nor {@code /\host} (which browsers read as another site), and holds no scheme, control
     * character or space.
     */
    public static boolean isSafe(String address) {
        if (address == null || address.length() > 2000 || !address.startsWith("/") || address.startsWith("//")
                || address.startsWith("/\\")) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == '\\' || c == 0x7f) {
                return false;
            }
        }
        int end = address.indexOf('?');
        String path = end < 0 ? address : address.substring(0, end);
        return !path.contains(":");
    }

    /** {@code address} when it is a path of this site, else {@code fallback}. */
    public static String orElse(String address, String fallback) {
        return isSafe(address) ? address : fallback;
    }
}
