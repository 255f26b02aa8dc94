package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.marsad.geo.Gazetteer;
import org.marsad.geo.Geocoder;
import org.marsad.geo.GoldSentence;
import org.marsad.geo.PlaceGoldSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench places}: gazetteer load time, heap after load and mentions resolved per second. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Load the bundled gazetteer (and, with --cities500, the bundled one plus a whole GeoNames "
                + "dump) and print load time, heap used after load and place mentions found and resolved per second "
                + "over the sentences of a gold file."},
        footer = ExitCode.HELP)
final class BenchPlacesCommand implements Callable<Integer> {
    private static final long RUN_NANOS = 5_000_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--cities500", paramLabel = "FILE", description = "A GeoNames dump (e.g. cities500.txt) to load as well.")
    Path cities500;

    @Option(names = "--gold", paramLabel = "FILE", description = "Sentences to geocode (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("gold/places/places-gold.tsv");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(gold) || (cities500 != null && !Files.isRegularFile(cities500))) {
            spec.commandLine().getErr().println("marsad: no such file: " + (Files.isRegularFile(gold) ? cities500 : gold));
            return ExitCode.USAGE;
        }
        List<String> texts = PlaceGoldSet.read(gold, r -> { }).stream().map(GoldSentence::text).toList();
        out.println("java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; " + texts.size() + " sentences");
        measure(out, "bundled", Gazetteer::bundled, texts);
        if (cities500 != null) {
            measure(out, "bundled+" + cities500.getFileName(), () -> Gazetteer.bundledWith(List.of(cities500)), texts);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void measure(PrintWriter out, String label, Supplier<Gazetteer> load, List<String> texts) {
        long before = usedHeap();
        long start = System.nanoTime();
        Gazetteer gazetteer = load.get();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heap = usedHeap() - before;
        Geocoder geocoder = new Geocoder(gazetteer);
        long mentions = 0;
        long sentences = 0;
        start = System.nanoTime();
        while (System.nanoTime() - start < RUN_NANOS) {
            for (String text : texts) {
                mentions += geocoder.geocode(text).size();
                sentences++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(String.format(Locale.ROOT, "%-28s %8d places  load %6.2f s  heap %6d MB  %8.0f mentions/s  %8.0f sentences/s",
                label, gazetteer.size(), loadSeconds, heap / (1 << 20), mentions / seconds, sentences / seconds));
        out.flush();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
