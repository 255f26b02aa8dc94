package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.AcledCsvWriter;
import org.marsad.lexicon.Lexicon;
import org.marsad.export.GeoJsonWriter;
import org.marsad.export.JsonLinesWriter;
import org.marsad.store.IncidentFilter;
import org.marsad.store.IncidentRecord;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad export}: the stored incidents as ACLED-compatible CSV, GeoJSON or JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every stored incident in one of the export formats: acled-csv (ACLED's columns, "
                + "in ACLED's order), geojson (a FeatureCollection of located incidents) or jsonl (one incident "
                + "per line with its claims and assessment).",
        footer = ExitCode.HELP)
final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format { jsonl, acled_csv, geojson }

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, acled-csv or geojson", converter = FormatConverter.class)
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (Store store = Components.openStore(data.dataDir())) {
            List<IncidentRecord> incidents = store.findIncidents(IncidentFilter.NONE, Integer.MAX_VALUE).stream()
                    .map(summary -> store.findIncident(summary.id()).orElseThrow())
                    .toList();
            try (Writer writer = open()) {
                write(incidents, writer);
            }
            spec.commandLine().getErr().println("exported " + incidents.size() + " incidents as "
                    + format.name().replace('_', '-') + (output == null ? "" : " to " + output));
            return ExitCode.OK;
        }
    }

    private void write(List<IncidentRecord> incidents, Writer writer) throws IOException {
        switch (format) {
            case acled_csv -> new AcledCsvWriter(Lexicon.bundled(), java.time.Clock.systemUTC()).write(incidents, writer);
            case geojson -> new GeoJsonWriter().write(incidents, writer);
            case jsonl -> new JsonLinesWriter().write(incidents, writer);
        }
    }

    private Writer open() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Accepts "acled-csv" as well as "acled_csv". */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "': use jsonl, acled-csv or geojson");
            }
        }
    }
}
