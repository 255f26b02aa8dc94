package org.marsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The store's user accounts: who can log in, with which role. */
final class Accounts implements UserStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    Accounts(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Optional<UserAccount> findUser(String username) {
        return jdbc.sql("select * from users where username = ?").param(username).query((rs, n) -> user(rs)).optional();
    }

    @Override
    public void saveUser(UserAccount a) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("delete from users where username = ?").param(a.username()).update();
            jdbc.sql("insert into users (username, password_hash, role, enabled) values (?, ?, ?, ?)")
                    .params(a.username(), a.passwordHash(), a.role().name(), a.enabled()).update();
        });
    }

    @Override
    public List<UserAccount> users() {
        return jdbc.sql("select * from users order by username").query((rs, n) -> user(rs)).list();
    }

    private static UserAccount user(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"));
    }
}
