package org.marsad.incident;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reviewers' merges and splits, looked up by claim. */
final class Constraints {
    private final Map<ClaimKey, Set<ClaimKey>> together = new HashMap<>();
    private final Map<ClaimKey, Set<ClaimKey>> apart = new HashMap<>();

    void add(Constraint c) {
        Map<ClaimKey, Set<ClaimKey>> map = c.kind() == Constraint.Kind.MERGE ? together : apart;
        map.computeIfAbsent(c.a(), k -> new HashSet<>()).add(c.b());
        map.computeIfAbsent(c.b(), k -> new HashSet<>()).add(c.a());
        if (c.kind() == Constraint.Kind.MERGE) {
            unlink(apart, c.a(), c.b());
        } else {
            unlink(together, c.a(), c.b());
        }
    }

    Set<ClaimKey> mergedWith(ClaimKey claim) {
        return together.getOrDefault(claim, Set.of());
    }

    boolean mustStayApart(ClaimKey claim, List<ClaimKey> members) {
        Set<ClaimKey> avoid = apart.get(claim);
        return avoid != null && members.stream().anyMatch(avoid::contains);
    }

    private static void unlink(Map<ClaimKey, Set<ClaimKey>> map, ClaimKey a, ClaimKey b) {
        map.getOrDefault(a, new HashSet<>()).remove(b);
        map.getOrDefault(b, new HashSet<>()).remove(a);
    }
}
