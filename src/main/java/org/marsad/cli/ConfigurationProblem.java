package org.marsad.cli;

/** Configuration that stops a command before it does anything: the message lists every problem. */
final class ConfigurationProblem extends RuntimeException {
    ConfigurationProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
