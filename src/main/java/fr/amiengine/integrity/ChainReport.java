package fr.amiengine.integrity;

import java.util.List;

/**
 * What the verification of one chain found.
 *
 * @param entries the lines of the chain
 * @param head the hash of its last line (the genesis before the first)
 * @param intact true when the chaining, every hash, the live rows and every written head agree
 * @param firstBrokenEntry the first line whose chaining or hash is wrong, if any
 * @param unverifiable lines of version 1 whose actor was erased: only their chaining can still be checked
 * @param differences the disagreements with the live rows
 * @param heads the heads written into the minutes and the panorama, each checked against the chain
 */
public record ChainReport(String chain, String label, long entries, String head, boolean intact, Long firstBrokenEntry,
                          long unverifiable, List<DifferenceView> differences, List<HeadCheck> heads) {

    /** A difference with its French sentence. */
    public record DifferenceView(String file, String field, String chainValue, String liveValue, Long entry, String sentence) {

        static DifferenceView of(Difference d) {
            return new DifferenceView(d.file(), d.field(), d.chainValue(), d.liveValue(), d.entry(), d.sentence());
        }
    }

    /**
     * A head written at some moment, and whether the chain still holds, at its count, its hash.
     *
     * @param found the hash the chain holds now at that count, or null when it is shorter
     */
    public record HeadCheck(String writtenIn, String writtenInLabel, Integer revision, java.time.Instant writtenAt,
                            long entries, String hash, String found, boolean matches, String sentence) {
    }
}
