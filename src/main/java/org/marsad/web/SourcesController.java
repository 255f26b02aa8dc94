package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import org.marsad.assess.Reliability;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sources page at {@code /sources}: how reliable each source has proved in reviewed incidents, and why. */
@Controller
class SourcesController {
    private final SourceReliability reliability;

    SourcesController(@Qualifier(WebApp.SOURCE_RELIABILITY) SourceReliability reliability) {
        this.reliability = reliability;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        List<Row> rows = new ArrayList<>();
        for (Reliability.Score score : reliability.current().scores()) {
            rows.add(new Row(score.source(), String.format(java.util.Locale.ROOT, "%.2f", score.value()),
                    score.agreed(), score.disagreed(), score.history()));
        }
        model.addAttribute("rows", rows);
        return "sources";
    }

    /** One source's line on the page. */
    record Row(String source, String value, int agreed, int disagreed, List<String> history) {
    }
}
