package org.marsad.report;

/** The pipeline stage, or configuration file, that found a problem. */
public enum Stage {
    INGEST, EXTRACT, LOCATE, CLUSTER, ASSESS, STORE, LEXICON, GAZETTEER
}
