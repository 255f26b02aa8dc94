package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad serve}: the web app over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app (incident list, map, incident pages, review) over the store in --data. "
                + "Add users first with 'marsad users add'.",
        footer = ExitCode.HELP)
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Mixin
    ServeOptions serve = new ServeOptions();

    @Override
    public Integer call() throws InterruptedException {
        Store store = Components.openStore(data.dataDir());
        if (store.accounts().users().isEmpty()) {
            spec.commandLine().getErr().println("marsad: no users yet; add one with: marsad users add NAME --role admin");
        }
        Components.serve(store, serve, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
