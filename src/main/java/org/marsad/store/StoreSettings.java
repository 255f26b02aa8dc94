package org.marsad.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to reach the database: the embedded H2 file by default, PostgreSQL when
 * {@code MARSAD_JDBC_URL} says so.
 */
public record StoreSettings(String jdbcUrl, String user, String password) {
    public StoreSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("JDBC URL must start with 'jdbc:': " + jdbcUrl);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * The embedded H2 file database in {@code dataDir}. AUTO_SERVER lets a second process
     * (say {@code marsad ingest} while {@code marsad serve} runs) open the same file.
     */
    public static StoreSettings h2(Path dataDir) {
        String file = dataDir.toAbsolutePath().resolve("marsad").toString().replace('\\', '/');
        return new StoreSettings("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE", "sa", "");
    }

    /** {@code MARSAD_JDBC_URL}, {@code MARSAD_DB_USER}, {@code MARSAD_DB_PASSWORD} when set, else H2 in {@code dataDir}. */
    public static StoreSettings fromEnvironment(Path dataDir, Map<String, String> env) {
        String url = env.get("MARSAD_JDBC_URL");
        if (url == null || url.isBlank()) {
            return h2(dataDir);
        }
        return new StoreSettings(url.trim(), env.get("MARSAD_DB_USER"), env.get("MARSAD_DB_PASSWORD"));
    }

    /** Omits the password. */
    @Override
    public String toString() {
        return "StoreSettings[" + jdbcUrl + ", user " + user + "]";
    }
}
