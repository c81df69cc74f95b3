package fr.amiengine.web;

/** One row of a repeated group of fields ({@code tracks[2].label}) in a form. */
public record Row(String list, int index) {

    public String name(String field) {
        return list + "[" + index + "]." + field;
    }

    /** The row's number for people (1, 2, 3…). */
    public int number() {
        return index + 1;
    }
}
