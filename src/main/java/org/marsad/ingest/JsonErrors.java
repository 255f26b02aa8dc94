package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in one short line what is wrong with some JSON, for rejections such as "unexpected end of input at column 42". */
final class JsonErrors {
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\(('.+?') \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token ('.*?')");

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        return what(e) + where(e.getLocation());
    }

    private static String what(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "unexpected end of input";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(message);
        if (character.find()) {
            return "unexpected character " + character.group(1);
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        if (token.find()) {
            return "unrecognized token " + token.group(1);
        }
        String first = message.split("[\\n:(]", 2)[0].strip();
        return first.isEmpty() ? "malformed" : first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getColumnNr() < 1) {
            return "";
        }
        return location.getLineNr() > 1
                ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                : " at column " + location.getColumnNr();
    }
}
