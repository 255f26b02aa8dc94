package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.security.Passwords;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.StoreSettings;
import org.marsad.store.UserAccount;

class UsersCommandTests {
    @TempDir
    Path data;

    @Test
    void aGeneratedPasswordIsPrintedOnceAndStoredOnlyAsAHash() {
        CommandRun run = CommandRun.of("users", "add", "rania", "--role", "editor", "--data", data.toString());

        assertThat(run.exitCode()).isZero();
        String password = run.out().substring(run.out().indexOf("password: ") + "password: ".length()).strip();
        try (Store store = Store.open(StoreSettings.h2(data))) {
            UserAccount account = store.accounts().findUser("rania").orElseThrow();
            assertThat(account.role()).isEqualTo(Role.EDITOR);
            assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
            assertThat(Passwords.encoder().matches(password, account.passwordHash())).isTrue();
            assertThat(store.auditLog(1).get(0).description()).doesNotContain(password);
        }
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        CommandRun run = CommandRun.of("users", "add", "rania", "--role", "owner", "--data", data.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown role 'owner'");
    }

    @Test
    void everyCommandExplainsItselfAndItsExitCodes() {
        for (String command : new String[] {"demo", "serve", "ingest", "extract", "geocode", "export", "users"}) {
            CommandRun run = CommandRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: marsad " + command).contains("Exit codes:");
        }
    }
}
