package org.marsad.assess;

import java.util.function.Function;
import org.marsad.incident.Incident;
import org.marsad.report.Report;
import org.marsad.report.ReportId;

/** Grades an incident from its claims and the reports behind them. */
public interface Assessor {
    Assessment assess(Incident incident, Function<ReportId, Report> reports);
}
