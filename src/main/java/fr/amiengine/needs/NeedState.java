package fr.amiengine.needs;

/** Where a declared need stands: open while its administration looks for a solution, closed once it stops. */
public enum NeedState {
    OPEN("Ouvert"),
    CLOSED("Clos");

    /** The French words shown to people. */
    public final String label;

    NeedState(String label) {
        this.label = label;
    }
}
