package org.marsad.store;

import java.util.List;
import java.util.Optional;

/** The users who can log in. */
public interface UserStore {
    Optional<UserAccount> findUser(String username);

    /** Adds or replaces the user with this name. */
    void saveUser(UserAccount account);

    List<UserAccount> users();
}
