package org.marsad.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plain text of a Telegram Desktop message: its {@code text} is either a string or an array
 * of strings and entity objects ({@code {"type": "bold", "text": "..."}}), joined in order.
 */
final class TelegramText {
    private TelegramText() {
    }

    /**
     * The text of {@code node}, "" when it is absent or null.
     *
     * @throws InputRefused when it is neither a string nor an array of strings and entities
     */
    static String of(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (!node.isArray()) {
            throw new InputRefused("malformed message: \"text\" must be a string or an array", node.toString());
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : node) {
            if (part.isTextual()) {
                text.append(part.asText());
            } else if (part.isObject() && part.path("text").isTextual()) {
                text.append(part.get("text").asText());
            } else {
                throw new InputRefused("malformed message: text entity without a \"text\" string", part.toString());
            }
        }
        return text.toString();
    }
}
