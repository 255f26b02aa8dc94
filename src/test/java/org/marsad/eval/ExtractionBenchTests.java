package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.extract.CuePlaceSpotter;
import org.marsad.extract.RuleExtractor;
import org.marsad.lexicon.Lexicon;

class ExtractionBenchTests {

    @Test
    void measuresTheTextItExtractedWithElapsedAndCpuTimeAndTheHeapAfterGcAtBothEnds() {
        ExtractionBench bench = new ExtractionBench(new RuleExtractor(Lexicon.bundled(), new CuePlaceSpotter()));

        ExtractionBench.Result r = bench.run(2018, 20_000, 100_000);

        assertThat(r.bytes()).isGreaterThanOrEqualTo(100_000);
        assertThat(r.reports()).isPositive();
        assertThat(r.claims()).isPositive();
        assertThat(r.nanos()).isPositive();
        assertThat(r.cpuNanos()).isNotZero();
        assertThat(r.heapBeforeBytes()).isPositive();
        assertThat(r.heapAfterBytes()).isPositive();
    }
}
