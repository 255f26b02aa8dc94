package org.marsad.lexicon;

import java.util.List;

/** A lexicon that cannot be used; the message lists every problem as "file:line: reason". */
public final class LexiconException extends IllegalStateException {
    private final List<String> problems;

    public LexiconException(List<String> problems) {
        super("the lexicon has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ":\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
