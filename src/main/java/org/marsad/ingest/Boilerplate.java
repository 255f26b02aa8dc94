package org.marsad.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.text.NormalizedText;

/**
 * Removes what is not the article from a web page, in English and Arabic: scripts and styles,
 * navigation, headers and footers, share buttons, "read more" / "اقرأ أيضا" links, related-article
 * lists, cookie banners and back-to-top links.
 *
 * <p>Elements go by tag, by ARIA role, by class or id words ("share-buttons", "cookie-banner"),
 * and by their whole text being a boilerplate phrase. An element holding the article itself
 * ({@code article}, {@code main}) or a large share of the page text is never removed by its
 * class, so a body class such as "has-sidebar" cannot empty the page.
 */
final class Boilerplate {
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas,"
            + " form, button, input, select, textarea, nav, footer, aside, dialog, menu";
    private static final String ROLES = "[role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=search], [role=dialog], [role=alertdialog], [role=menu], [aria-hidden=true]";
    private static final Pattern CLASS_WORDS = Pattern.compile("(^|[-_\\s])(nav|navbar|navigation|menu|breadcrumbs?"
            + "|footer|cookies?|consent|gdpr|share|sharing|social|related|recommended|newsletter|subscribe|comments?"
            + "|adverts?|ads|sponsored|promo|sidebar|widget|popup|modal|tags|pagination|pager|readmore|read-more"
            + "|show-more|back-to-top|scroll-top|most-read|trending)($|[-_\\s])");
    private static final int MAX_PREFIXED_LENGTH = 400;
    /** Longer than any boilerplate phrase, and enough of a line to recognise a notice by its start. */
    private static final int LEAD_LENGTH = 60;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POINTER = Pattern.compile("\\s*[:\\-–—|»«›>]");
    private static final Set<String> PHRASES = folded(List.of(
            "read more", "show more", "load more", "see more", "more", "back to top", "top", "share",
            "share this", "share this article", "share on facebook", "share on twitter", "share on whatsapp",
            "share on telegram", "tweet", "print", "email", "copy link", "related", "related articles",
            "related stories", "related news", "more stories", "you may also like", "most read",
            "accept", "accept cookies", "accept all", "subscribe", "follow us", "comments", "advertisement",
            "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد", "المزيد", "عرض المزيد", "للمزيد",
            "شارك", "شارك الخبر", "شارك على فيسبوك", "شارك على تويتر", "شارك على واتساب", "مشاركة",
            "العودة للأعلى", "العودة إلى الأعلى", "العودة الى الاعلى", "للأعلى", "طباعة",
            "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "اخبار متعلقة", "الأكثر قراءة",
            "قد يعجبك أيضا", "تابعونا", "موافق", "أوافق", "إعلان", "التعليقات"));
    /** Lines that point to another article: boilerplate when a colon or dash follows, or when mostly a link. */
    private static final List<String> READ_ALSO = List.copyOf(folded(List.of(
            "read also", "read more", "see also", "also read", "related", "اقرأ أيضا", "اقرأ أيضاً",
            "إقرأ أيضا", "اقرأ كذلك", "شاهد أيضا", "للمزيد", "ذات صلة")));
    private static final List<String> COOKIE_NOTICES = List.copyOf(folded(List.of(
            "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use",
            "نستخدم ملفات تعريف الارتباط", "يستخدم هذا الموقع ملفات تعريف الارتباط", "نستخدم الكوكيز")));
    /** A date stamp standing alone is metadata; within a sentence it is text. */
    private static final String IN_SENTENCE = "p, li, blockquote, td, figcaption, h1, h2, h3, h4, h5, h6";

    private Boilerplate() {
    }

    /** Removes the boilerplate from {@code page} in place. */
    static void strip(Document page) {
        page.select(NEVER_TEXT).remove();
        page.select(ROLES).remove();
        page.select("header").stream().filter(h -> h.closest("article") == null).forEach(Element::remove);
        page.select("time").stream().filter(t -> t.closest(IN_SENTENCE) == null).forEach(Element::remove);
        int pageLength = page.body().text().length();
        for (Element element : page.body().select("[class], [id]")) {
            if (element.parent() != null && hasBoilerplateName(element) && isExpendable(element, pageLength)) {
                element.remove();
            }
        }
        for (Element element : page.body().select("p, div, li, span, a, strong, b, h2, h3, h4, h5, h6, section")) {
            if (element.parent() != null && isBoilerplate(element)) {
                removeWithLinkList(element);
            }
        }
    }

    /**
     * Whether a paragraph of text is boilerplate: only a boilerplate phrase ("Back to top",
     * "شارك"), a cookie notice, or a "Read also: …" / "اقرأ أيضا: …" pointer to another article.
     */
    static boolean isBoilerplateText(String text) {
        return text.length() <= MAX_PREFIXED_LENGTH && isBoilerplateLead(text, lead(text));
    }

    /** Boilerplate text, or "Read also" followed by a link rather than by a colon. */
    private static boolean isBoilerplate(Element element) {
        String text = element.text();
        if (text.length() > MAX_PREFIXED_LENGTH) {
            return false;
        }
        String start = lead(text);
        return isBoilerplateLead(text, start)
                || READ_ALSO.stream().anyMatch(start::startsWith) && isLinkList(element);
    }

    private static boolean isBoilerplateLead(String text, String start) {
        if (start.isEmpty()) {
            return false;
        }
        if (text.length() <= LEAD_LENGTH && PHRASES.contains(trimEnd(start))) {
            return true;
        }
        for (String notice : COOKIE_NOTICES) {
            if (start.startsWith(notice)) {
                return true;
            }
        }
        for (String prefix : READ_ALSO) {
            if (start.startsWith(prefix) && POINTER.matcher(start).region(prefix.length(), start.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The folded start of {@code text}, leading punctuation and symbols dropped, spaces collapsed. */
    private static String lead(String text) {
        String head = text.length() > LEAD_LENGTH ? text.substring(0, LEAD_LENGTH) : text;
        String folded = SPACES.matcher(NormalizedText.fold(head)).replaceAll(" ");
        int from = 0;
        while (from < folded.length() && isFiller(folded.charAt(from))) {
            from++;
        }
        return folded.substring(from);
    }

    private static String trimEnd(String text) {
        int to = text.length();
        while (to > 0 && isFiller(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(0, to);
    }

    /** Spaces, punctuation and symbols such as arrows that decorate boilerplate links. */
    private static boolean isFiller(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.OTHER_SYMBOL
                || type == Character.MATH_SYMBOL || type == Character.OTHER_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION;
    }

    private static boolean hasBoilerplateName(Element element) {
        String words = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return CLASS_WORDS.matcher(words).find();
    }

    private static boolean isExpendable(Element element, int pageLength) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        if (!element.select("article, main, [role=main]").isEmpty()) {
            return false;
        }
        return element.text().length() * 10 < pageLength * 4;
    }

    /** A "Related articles" heading takes the list of links that follows it along. */
    private static void removeWithLinkList(Element element) {
        Element next = element.nextElementSibling();
        while (next != null && isLinkList(next)) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
        element.remove();
    }

    private static boolean isLinkList(Element element) {
        int text = element.text().length();
        if (text == 0) {
            return false;
        }
        int linked = element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked * 2 > text;
    }

    private static String fold(String text) {
        return trimEnd(lead(text));
    }

    private static Set<String> folded(List<String> phrases) {
        return phrases.stream().map(Boilerplate::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
