package org.marsad.web;

/**
 * Where the web app listens.
 *
 * @param port TCP port, 0 for any free port (tests)
 * @param bind the address to bind, e.g. 127.0.0.1 for this machine only or 0.0.0.0 for all
 */
public record WebSettings(int port, String bind) {
    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind address must not be blank");
        }
    }
}
