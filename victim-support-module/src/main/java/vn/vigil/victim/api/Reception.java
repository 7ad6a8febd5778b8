package vn.vigil.victim.api;

import java.util.List;

/** A case just opened, with the codes of earlier cases that may concern the same person (by ID number or name). */
public record Reception(VictimCaseView victimCase, List<String> possibleSameAs) {

    public Reception {
        possibleSameAs = List.copyOf(possibleSameAs);
    }
}
