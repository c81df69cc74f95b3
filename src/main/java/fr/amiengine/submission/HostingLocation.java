package fr.amiengine.submission;

/** Where the data are hosted, as declared. */
public enum HostingLocation {
    FRANCE,
    EUROPEAN_UNION,
    OUTSIDE_EUROPEAN_UNION
}
