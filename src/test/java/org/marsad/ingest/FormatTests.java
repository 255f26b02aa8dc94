package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatTests {

    @Test
    void knowsFormatsByExtensionInAnyCase() {
        assertThat(Format.forFileName("report.TXT")).contains(Format.TEXT);
        assertThat(Format.forFileName("page.htm")).contains(Format.HTML);
        assertThat(Format.forFileName("feed.ndjson")).contains(Format.JSON_LINES);
        assertThat(Format.forFileName("result.json")).contains(Format.TELEGRAM_JSON);
        assertThat(Format.forFileName("sheet.csv")).contains(Format.CSV);
        assertThat(Format.forFileName("README")).isEqualTo(Optional.empty());
        assertThat(Format.forFileName(".txt")).isEqualTo(Optional.empty());
    }

    @Test
    void sniffsTheFormatFromTheFirstBytes() {
        assertThat(sniff("\uFEFF<!DOCTYPE html><html><body>x</body></html>")).isEqualTo(Format.HTML);
        assertThat(sniff("<div class=\"post\"><p>Hajin</p></div>")).isEqualTo(Format.HTML);
        assertThat(sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}\n")).isEqualTo(Format.JSON_LINES);
        assertThat(sniff("{\n \"name\": \"Hajin News\",\n \"messages\": []\n}")).isEqualTo(Format.TELEGRAM_JSON);
        assertThat(sniff("{\"name\": \"Hajin News\", \"messages\": []}")).isEqualTo(Format.TELEGRAM_JSON);
        assertThat(sniff("id,source,\"Text\"\n1,SOHR,Clashes\n")).isEqualTo(Format.CSV);
        assertThat(sniff("Clashes in Hajin, SOHR said.\nMore text.")).isEqualTo(Format.TEXT);
    }

    private static Format sniff(String head) {
        return Format.sniff(head.getBytes(StandardCharsets.UTF_8));
    }
}
