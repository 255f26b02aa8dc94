package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.IncidentJson;
import org.marsad.pipeline.AssessedIncident;
import org.marsad.pipeline.Clustering;
import org.marsad.pipeline.Stages;
import org.marsad.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad cluster FILE…|-}: reports in, graded incidents out, in memory. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Extract, locate, merge into incidents and grade, in memory, and print one JSON line per "
                + "incident: {\"incident\",\"eventType\",\"subEventType\",\"date\",\"timePrecision\",\"location\","
                + "\"actors\",\"grade\",\"why\",\"fatalities\":{\"low\",\"best\",\"high\"},\"civilianFatalities\","
                + "\"sources\":[{\"source\",\"origin\",\"independent\",\"affiliation\"}],\"conflicts\","
                + "\"claims\":[{\"report\",\"claim\"}]}.",
                "Reads the same formats as 'ingest'; '-' reads standard input. Touches no store; the same reports "
                + "in any order give the same incidents."},
        footer = ExitCode.HELP)
final class ClusterCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders, or - for standard input.")
    List<String> files;

    @Override
    public Integer call() throws JsonProcessingException {
        data.dataDir();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Stages stages = Components.stages();
        List<Report> reports = new ArrayList<>();
        ReportFiles input = new ReportFiles(files);
        input.read(stages.ingestor(), p -> reports.add(p.report()), err);
        List<AssessedIncident> incidents = new Clustering(stages).cluster(reports);
        for (AssessedIncident i : incidents) {
            out.println(JSON.writeValueAsString(IncidentJson.of(i.incident(), i.assessment())));
        }
        out.flush();
        err.println("marsad: " + reports.size() + " reports, " + incidents.size() + " incidents, "
                + input.rejected() + " rejected");
        return input.rejected() == 0 ? ExitCode.OK : ExitCode.SOME_REJECTED;
    }
}
