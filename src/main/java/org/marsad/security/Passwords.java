package org.marsad.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The one password encoder: bcrypt behind Spring's "{id}" prefix, so stored hashes can be upgraded later. */
public final class Passwords {
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return ENCODER;
    }
}
