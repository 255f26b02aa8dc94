package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.security.Passwords;
import org.marsad.store.AuditEntry;
import org.marsad.store.Role;
import org.marsad.store.Store;
import org.marsad.store.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad users add NAME}: adds or resets a user who can log in to the web app. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage the users of the web app.",
        subcommands = UsersCommand.Add.class, footer = ExitCode.HELP)
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user, or reset the password and role of an existing one.",
                    "With --password-stdin the password is read from the first line of standard input "
                    + "(at least 10 characters); otherwise a random one is generated and printed once."},
            footer = ExitCode.HELP)
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataOption data = new DataOption();

        @Parameters(paramLabel = "NAME", description = "User name: 2-64 letters, digits, . _ @ -")
        String name;

        @Option(names = "--role", defaultValue = "viewer", paramLabel = "ROLE",
                description = "viewer (reads), editor (also reviews) or admin (also manages users); default ${DEFAULT-VALUE}")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            Role parsedRole = parseRole(role);
            String password = passwordStdin ? readPassword() : generatePassword();
            try (Store store = Components.openStore(data.dataDir())) {
                store.accounts().saveUser(new UserAccount(name, Passwords.encoder().encode(password), parsedRole, true));
                store.audit(new AuditEntry(java.time.Instant.now(), "cli", "user.add", name,
                        "added or reset user " + name + " as " + parsedRole.name().toLowerCase(Locale.ROOT)));
            }
            spec.commandLine().getOut().println("user " + name + " (" + parsedRole.name().toLowerCase(Locale.ROOT)
                    + ") saved" + (passwordStdin ? "" : "; password: " + password));
            return ExitCode.OK;
        }

        private Role parseRole(String role) {
            try {
                return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown role '" + role + "': use viewer, editor or admin");
            }
        }

        private static String readPassword() throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.strip().length() < 10) {
                throw new IllegalArgumentException("password from standard input must have at least 10 characters");
            }
            return line.strip();
        }
    }

    /** A random password of 16 characters from an alphabet without look-alikes. */
    static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
