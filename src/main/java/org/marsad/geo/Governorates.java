package org.marsad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** GeoNames admin1 codes ("SY.07") with governorate names in English and Arabic. */
final class Governorates {
    private static final String RESOURCE = "/gazetteer/admin1-sy-iq.tsv";
    private final Map<String, String[]> names;

    private Governorates(Map<String, String[]> names) {
        this.names = Map.copyOf(names);
    }

    /** The bundled table of Syrian and Iraqi governorates. */
    static Governorates bundled() {
        Map<String, String[]> names = new HashMap<>();
        try (InputStream in = Governorates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] c = line.split("\t");
                if (!line.startsWith("#") && c.length == 3) {
                    names.put(c[0], new String[] {c[1], c[2]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Governorates(names);
    }

    /** The English name of an admin1 key such as "SY.07"; null when unknown. */
    String english(String admin1Key) {
        String[] n = names.get(admin1Key);
        return n == null ? null : n[0];
    }

    /** The Arabic name of an admin1 key; null when unknown. */
    String arabic(String admin1Key) {
        String[] n = names.get(admin1Key);
        return n == null ? null : n[1];
    }
}
