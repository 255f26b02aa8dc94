package org.marsad.web;

import java.util.Map;
import java.util.TreeMap;
import org.marsad.lexicon.Lexicon;
import org.springframework.stereotype.Component;

/** ACLED names of the canonical actor ids, from the bundled actor lexicon, for labels and the actor filter. */
@Component
public class ActorNames {
    private final Map<String, String> names = new TreeMap<>();

    ActorNames() {
        Lexicon.bundled().actors().forEach((id, actor) -> names.put(id, actor.acledName()));
    }

    /** "coalition" → "Global Coalition Against Daesh"; an id the lexicon does not know is shown as it is. */
    public String name(String actorId) {
        return actorId == null ? "" : names.getOrDefault(actorId, actorId);
    }

    @Override
    public String toString() {
        return "ActorNames[" + names.size() + " actors]";
    }
}
