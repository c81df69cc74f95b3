package fr.amiengine.submission;

/** Functional maturity declared by the candidate, from an idea to a solution used at scale. */
public enum MaturityLevel {
    CONCEPT,
    PROTOTYPE,
    PILOT,
    PRODUCTION,
    AT_SCALE
}
