package org.marsad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.marsad.store.IncidentRecord;

/** Writes one incident per line as JSON, with its assessment and the claims behind it. */
public final class JsonLinesWriter {
    private final ObjectMapper json = new ObjectMapper();

    public void write(List<IncidentRecord> incidents, Writer out) throws IOException {
        for (IncidentRecord record : incidents) {
            out.write(json.writeValueAsString(IncidentJson.of(record.incident(), record.assessment())));
            out.write('\n');
        }
        out.flush();
    }
}
