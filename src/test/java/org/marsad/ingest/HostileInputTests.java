package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.report.Rejection;

class HostileInputTests {

    @Test
    void readsTheTextOfMarkupNestedFarDeeperThanAnyRealPage() {
        String html = "<div>".repeat(100_000) + "<p>Strike on Hajin</p>" + "</div>".repeat(100_000);

        IngestBatch batch = read("deep.html", html);

        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.reports()).extracting(parsed -> parsed.report().text()).containsExactly("Strike on Hajin");
    }

    @Test
    void rejectsAPageWhoseTextExceedsTheReportLimit() {
        String html = "<html><body>" + "<p>Shelling on al-Susah and Hajin continued.</p>".repeat(200_000) + "</body></html>";

        IngestBatch batch = read("wide.html", html);

        assertThat(batch.reports()).isEmpty();
        assertThat(batch.rejections()).extracting(Rejection::line)
                .containsExactly("wide.html: report text too large: 8599998 bytes, limit 2097152");
    }

    private static IngestBatch read(String name, String html) {
        return Fixtures.ingestor().read(name, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), Format.HTML);
    }
}
