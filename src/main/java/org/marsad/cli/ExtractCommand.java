package org.marsad.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.extract.ClaimJson;
import org.marsad.extract.EventClaim;
import org.marsad.geo.Location;
import org.marsad.pipeline.Stages;
import org.marsad.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad extract FILE…|-}: the claims of each report as JSON lines, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the claims each report makes, one JSON line per report: "
                + "{\"id\",\"language\",\"kind\",\"claims\":[{\"eventType\",\"subEventType\",\"actor1\",\"actor2\","
                + "\"location\",\"date\",\"timePrecision\",\"fatalities\",\"civilianFatalities\",\"injured\","
                + "\"attributedTo\",\"stance\",\"span\",\"evidence\",\"why\"}]}.",
                "Reads the same formats as 'ingest'; '-' reads standard input (format guessed). Touches no store."},
        footer = ExitCode.HELP)
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders, or - for standard input.")
    List<String> files;

    @Override
    public Integer call() {
        data.dataDir();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Stages stages = Components.stages();
        ReportFiles input = new ReportFiles(files);
        input.read(stages.ingestor(), parsed -> out.println(line(stages, parsed.report())), err);
        out.flush();
        return input.rejected() == 0 ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }

    private static String line(Stages stages, Report report) {
        List<EventClaim> claims = stages.extractor().extract(report);
        Map<EventClaim, Location> located = new LinkedHashMap<>();
        claims.forEach(c -> located.put(c, stages.locator().locate(c, report).location()));
        return new ClaimJson(c -> location(located.get(c))).line(report, claims);
    }

    static Map<String, Object> location(Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.mention());
        m.put("gazetteerId", l.gazetteerId());
        m.put("resolvedName", l.name());
        m.put("nameAr", l.nameAr());
        m.put("lat", l.lat());
        m.put("lon", l.lon());
        m.put("geoPrecision", l.geoPrecision());
        m.put("admin1", l.admin1());
        m.put("country", l.country());
        m.put("why", l.why());
        return m;
    }
}
