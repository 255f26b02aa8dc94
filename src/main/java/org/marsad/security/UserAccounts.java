package org.marsad.security;

import java.util.Objects;
import org.marsad.store.UserAccount;
import org.marsad.store.UserStore;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks up the accounts that may log in, in the store; a disabled account is found but refused by
 * Spring's authentication. The user's role becomes the one authority {@code ROLE_<role>}.
 */
final class UserAccounts implements UserDetailsService {
    private final UserStore users;

    UserAccounts(UserStore users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findUser(username)
                .orElseThrow(() -> new UsernameNotFoundException("no user named " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }

    @Override
    public String toString() {
        return "UserAccounts[" + users.getClass().getSimpleName() + "]";
    }
}
