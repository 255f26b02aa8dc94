package org.marsad.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.report.Language;

/**
 * The article in a web page: its main text, boilerplate removed, and what the page's metadata
 * says of it. Any field but {@code text} may be null; {@code text} is cleaned and may be empty
 * when the page holds no article.
 *
 * @param language from {@code <html lang>}, or null when absent or neither Arabic nor English
 */
record HtmlArticle(String title, Instant published, String source, String url, Language language, String text) {
    private static final String BASE_URI = "https://report.invalid/";
    /**
     * Readability takes seconds on pages of hundreds of thousands of elements (real article pages
     * have a few thousand); past this the page stripped of boilerplate is the text.
     */
    static final int MAX_READABILITY_ELEMENTS = 30_000;

    /** Reads the article in {@code html}; scripts and styles never reach the text. */
    static HtmlArticle of(String html) {
        Document page = Jsoup.parse(html);
        Markup.flattenBeyond(page, Markup.MAX_DEPTH);
        String source = meta(page, "og:site_name");
        String title = firstOf(meta(page, "og:title"), meta(page, "twitter:title"), withoutSiteName(page.title(), source));
        String url = firstOf(page.select("link[rel=canonical]").attr("href"), meta(page, "og:url"));
        Instant published = published(page);
        Language language = Language.ofCode(page.select("html").attr("lang"));
        Boilerplate.strip(page);
        String text = withoutHeadline(mainText(page), title);
        return new HtmlArticle(blankToNull(title), published, blankToNull(source), blankToNull(url),
                language == Language.UNKNOWN ? null : language, text);
    }

    private static String mainText(Document page) {
        if (page.getAllElements().size() > MAX_READABILITY_ELEMENTS) {
            return paragraphs(page.body());
        }
        Element content = null;
        try {
            // a base URI with a scheme, or readability logs the whole page as an error while fixing links
            Article article = new Readability4J(BASE_URI, page.clone()).parse();
            content = article.getArticleContent();
        } catch (RuntimeException e) {
            // readability gives up on some malformed pages; the stripped page is then the best text
        }
        String main = content == null ? "" : paragraphs(content);
        return main.isEmpty() ? paragraphs(page.body()) : main;
    }

    /** "Headline | Site" in a {@code <title>} is the headline when the site is known by name. */
    private static String withoutSiteName(String title, String site) {
        if (site == null || site.isBlank()) {
            return title;
        }
        for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ", " « ", " » ")) {
            if (title.endsWith(separator + site.strip())) {
                return title.substring(0, title.length() - separator.length() - site.strip().length());
            }
        }
        return title;
    }

    /** The headline is the title, so repeating it as the first paragraph would count its words twice. */
    private static String withoutHeadline(String text, String title) {
        if (title == null) {
            return text;
        }
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        if (!first.equals(TextCleaner.clean(title))) {
            return text;
        }
        return end < 0 ? "" : text.substring(end + 2);
    }

    /** The text of {@code root}, a paragraph per block element, boilerplate paragraphs dropped. */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    out.append(element.nameIs("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        List<String> kept = new ArrayList<>();
        for (String paragraph : TextCleaner.clean(out.toString()).split("\n\n")) {
            if (!paragraph.isEmpty() && !Boilerplate.isBoilerplateText(paragraph)) {
                kept.add(paragraph);
            }
        }
        return String.join("\n\n", kept);
    }

    private static Instant published(Document page) {
        String value = firstOf(meta(page, "article:published_time"), meta(page, "og:published_time"),
                page.select("meta[itemprop=datePublished]").attr("content"),
                page.select("time[datetime]").attr("datetime"));
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PublishedTime.parse(value);
        } catch (InputRefused e) {
            // a page's own metadata being odd is no reason to refuse its article
            return null;
        }
    }

    private static String meta(Document page, String property) {
        String value = page.select("meta[property=" + property + "]").attr("content");
        return value.isBlank() ? page.select("meta[name=" + property + "]").attr("content") : value;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String clean = TextCleaner.clean(value);
        return clean.isEmpty() ? null : clean;
    }
}
