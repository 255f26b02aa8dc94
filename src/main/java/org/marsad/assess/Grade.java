package org.marsad.assess;

/** How well an incident is corroborated, as defined in ARCHITECTURE.md. */
public enum Grade {
    /** The accused party accepts responsibility, or verified on review. */
    CONFIRMED,
    /** Two or more independent credible sources. */
    FAIR,
    /** A single source. */
    WEAK,
    /** Competing claims of responsibility, or a denial. */
    CONTESTED,
    /** Reviewed and found false, or those killed were combatants where civilian harm was claimed. */
    DISCOUNTED;

    /** "Confirmed", "Fair", … as shown to users. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
