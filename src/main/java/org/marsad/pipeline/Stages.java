package org.marsad.pipeline;

import org.marsad.assess.Assessor;
import org.marsad.extract.Extractor;
import org.marsad.geo.Locator;
import org.marsad.incident.ClusterSettings;
import org.marsad.ingest.Ingestor;

/** The configured stages of the pipeline, built once at start and shared by every run. */
public record Stages(Ingestor ingestor, Extractor extractor, Locator locator, ClusterSettings clustering,
                     Assessor assessor) {
    public Stages {
        if (ingestor == null || extractor == null || locator == null || clustering == null || assessor == null) {
            throw new IllegalArgumentException("every stage must be given: " + ingestor + ", " + extractor
                    + ", " + locator + ", " + clustering + ", " + assessor);
        }
    }
}
