package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.marsad.pipeline.IngestSummary;
import org.marsad.security.Passwords;
import org.marsad.store.AuditEntry;
import org.marsad.store.IncidentQueries;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad demo}: the sample corpus in the embedded store, a demo account, and the web app. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the sample corpus (illustrative reports on the 2018-19 Hajin battle, in English and "
                + "Arabic) into the embedded store, create a demo editor account, print its password once, and "
                + "serve the web app.",
                "Running it again re-uses the store: the corpus is already there, so nothing new is stored."},
        footer = ExitCode.HELP)
final class DemoCommand implements Callable<Integer> {
    static final String DEMO_USER = "demo";

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Mixin
    ServeOptions serve = new ServeOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = data.dataDir();
        Store store = Components.openStore(dataDir);
        Path corpus = SampleCorpus.copyTo(dataDir.resolve("samples"));
        out.println("marsad: ingesting the sample corpus from " + corpus);
        out.flush();
        IngestSummary summary = IngestCommand.ingest(store, SampleCorpus.reportPaths(corpus), spec.commandLine().getErr());
        out.println("marsad: " + summary.line());
        IncidentQueries.Counts counts = store.counts();
        out.printf("marsad: the store holds %d reports, %d claims, %d incidents, %d rejections%n",
                counts.reports(), counts.claims(), counts.incidents(), counts.rejections());
        demoAccount(store, out);
        Components.serve(store, serve, out);
        return ExitCode.OK;
    }

    private static void demoAccount(Store store, PrintWriter out) {
        if (store.accounts().findUser(DEMO_USER).isPresent()) {
            out.println("marsad: demo account '" + DEMO_USER + "' exists already (its password was printed when it "
                    + "was created; reset it with: ./marsad users add demo --role editor)");
            return;
        }
        String password = UsersCommand.generatePassword();
        store.accounts().saveUser(new UserAccount(DEMO_USER, Passwords.encoder().encode(password), Role.EDITOR, true));
        store.audit(new AuditEntry(Instant.now(), "cli", "user.add", DEMO_USER, "created the demo editor account"));
        out.println("marsad: demo account created (shown only this once)");
        out.println("          user:     " + DEMO_USER);
        out.println("          password: " + password);
    }
}
