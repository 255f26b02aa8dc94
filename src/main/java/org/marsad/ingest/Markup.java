package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Bounds how deep a hostile page can nest: readability recurses over the tree and overflows the
 * stack on pages nested thousands of levels deep, and per-element text checks grow with depth.
 */
final class Markup {
    /** Far deeper than any real article page, which rarely nests past 40 levels. */
    static final int MAX_DEPTH = 120;

    private Markup() {
    }

    /** Unwraps every element deeper than {@code maxDepth}, keeping its text and children in place. */
    static void flattenBeyond(Element root, int maxDepth) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > maxDepth && node instanceof Element element) {
                    tooDeep.add(element);
                }
            }
        }, root);
        for (Element element : tooDeep) {
            element.unwrap();
        }
    }
}
