package org.marsad.geo;

/**
 * What a gazetteer makes of each word seen lately: the word's keys, the prefix hash of each, and
 * whether any gazetteer key begins like one of them. A word that opens no name (most words of a
 * report) then costs the scanner one lookup.
 *
 * <p>Two direct-mapped tables, by the word as written and, for words read off tokens, as folded; a
 * corpus repeats its vocabulary. Leads are immutable, so threads may share the tables without locks.
 */
final class WordLeads {
    private static final int SLOTS = 1 << 14;
    private final KeyPrefixes prefixes;
    private final Lead[] written = new Lead[SLOTS];
    private final Lead[] folded = new Lead[SLOTS];

    /**
     * A word's keys, the prefix hash of each ({@link KeyPrefixes#extend}: plain key first, then each
     * proclitic-stripped key) and whether some gazetteer key begins like one of them.
     */
    record Lead(PlaceName.Keyed keyed, long[] hashes, boolean opens) {
    }

    WordLeads(KeyPrefixes prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * The lead of every word. The leads of words not seen lately are made after the lookups, apart:
     * making one runs the transliteration rules, which are slow and seldom needed once a corpus's
     * vocabulary is known, and the lookup of every word stays small.
     */
    Lead[] of(WrittenWords words) {
        Lead[] found = new Lead[words.size()];
        boolean unknown = false;
        for (int i = 0; i < found.length; i++) {
            String f = words.folded[i];
            found[i] = f != null ? knownFolded(f) : knownWritten(words.text, words.start(i), words.end(i));
            unknown |= found[i] == null;
        }
        if (unknown) {
            learn(words, found);
        }
        return found;
    }

    /** The lead of the word {@code text[start, end)} when it was seen lately, else null. */
    private Lead knownWritten(String text, int start, int end) {
        Lead lead = written[slot(text, start, end)];
        int length = end - start;
        return lead != null && lead.keyed().word().length() == length
                && text.regionMatches(start, lead.keyed().word(), 0, length) ? lead : null;
    }

    /**
     * The lead of a written word known by its folded form when it was seen lately, else null. Keys
     * are made from the folded word: in a plain text a written word and its fold key alike (Arabic
     * is keyed after folding, Latin after lower-casing), which {@code NameScannerTests} holds the two
     * readings to.
     */
    private Lead knownFolded(String word) {
        Lead lead = folded[slot(word.hashCode())];
        return lead != null && lead.keyed().word().equals(word) ? lead : null;
    }

    /** Makes the leads missing from {@code found} and remembers them. */
    private void learn(WrittenWords words, Lead[] found) {
        for (int i = 0; i < found.length; i++) {
            String f = words.folded[i];
            if (found[i] != null) {
                continue;
            } else if (f != null) {
                found[i] = leadOf(PlaceName.keyed(f));
                folded[slot(f.hashCode())] = found[i];
            } else {
                found[i] = leadOf(PlaceName.keyed(words.text, words.start(i), words.end(i)));
                written[slot(words.text, words.start(i), words.end(i))] = found[i];
            }
        }
    }

    private Lead leadOf(PlaceName.Keyed keyed) {
        long[] hashes = new long[1 + keyed.strippedKeys().size()];
        hashes[0] = KeyPrefixes.extend(KeyPrefixes.start(), keyed.key());
        boolean opens = prefixes.contains(hashes[0]);
        for (int f = 0; f < keyed.strippedKeys().size(); f++) {
            hashes[f + 1] = KeyPrefixes.extend(KeyPrefixes.start(), keyed.strippedKeys().get(f));
            opens |= prefixes.contains(hashes[f + 1]);
        }
        return new Lead(keyed, hashes, opens);
    }

    /** The slot of the word {@code text[start, end)}: as {@link #slot(int)} of its {@link String#hashCode}. */
    private static int slot(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return slot(h);
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }

    @Override
    public String toString() {
        return "WordLeads[" + SLOTS + " written and " + SLOTS + " folded words]";
    }
}
