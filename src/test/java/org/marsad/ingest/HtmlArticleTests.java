package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.report.Language;
import org.marsad.report.Rejection;
import org.marsad.report.Report;

class HtmlArticleTests {

    @Test
    void keepsTheEnglishArticleAndDropsNavigationSharingRelatedLinksCookiesAndFooter() {
        IngestBatch batch = Fixtures.ingestor().read(Fixtures.path("html/coalition-strike-susah.html"));

        assertThat(batch.rejections()).isEmpty();
        Report report = batch.reports().get(0).report();
        assertThat(report.text()).isEqualTo("""
                Air strikes by the US-led coalition hit the town of al-Susah, east of Hajin, on Wednesday night, \
                killing at least 9 civilians including three children, according to local activists who spoke to \
                the Ledger by phone.

                The Syrian Democratic Forces said their fighters had repelled an Islamic State counter-attack on \
                positions near al-Bahra and that the strikes targeted a command post of the group. An SDF spokesman \
                did not comment on the reports of civilian deaths.

                Residents who fled towards al-Shafa described houses collapsing on families sheltering in their \
                basements. The coalition said in a statement that it would review all credible allegations of \
                civilian casualties.

                "We could not reach the wounded until morning," one resident said.

                Fighting around the last pocket held by the group along the Euphrates has intensified since the \
                SDF resumed Operation Roundup in early November.""");
        assertThat(report.text()).doesNotContain("MUST_NOT_APPEAR", "cookies", "Share", "Read more", "Show More",
                "Related articles", "Baghuz camp", "Back to top", "Mayadin", "All rights reserved", "About us");
    }

    @Test
    void takesTitleSourceCanonicalUrlPublishedTimeAndLanguageFromThePageMetadata() {
        Report report = Fixtures.ingestor().read(Fixtures.path("html/coalition-strike-susah.html"))
                .reports().get(0).report();

        assertThat(report.title()).isEqualTo("Coalition strikes hit al-Susah as SDF presses on Hajin");
        assertThat(report.source()).isEqualTo("Euphrates Ledger");
        assertThat(report.url()).isEqualTo("https://euphrates-ledger.example/news/2018/11/susah-strikes");
        assertThat(report.published()).isEqualTo(Instant.parse("2018-11-22T11:05:00Z"));
        assertThat(report.language()).isEqualTo(Language.EN);
    }

    @Test
    void keepsArabicArticleTextIntactWithItsDiacriticsAndDigitsAndDropsArabicBoilerplate() {
        Report report = Fixtures.ingestor().read(Fixtures.path("html/shafa-shelling-ar.html"))
                .reports().get(0).report();

        assertThat(report.text()).isEqualTo("""
                قُتل ٧ مدنيين، بينهم امرأتان وطفل، وأُصيب آخرون جرّاء قصف مدفعي استهدف بلدة الشعفة في ريف دير الزور \
                الشرقي، صباح الإثنين، وفق ما أفاد به مراسلنا في المنطقة.

                وقال المرصد السوري لحقوق الإنسان إن القصف مصدره مواقع قوات سوريا الديمقراطية على أطراف هجين، فيما لم \
                يصدر عن «قسد» أي تعليق حتى ساعة إعداد هذا الخبر.

                وتشهد المنطقة الممتدة من هجين إلى الباغوز معارك عنيفة منذ أسابيع، بعد أن استعاد تنظيم «داعش» السيطرة \
                على عدد من النقاط في محيط البحرة وأبو الحسن، وسط نزوح متواصل للأهالي نحو البادية.

                وأكد ناشطون أن فرق الإسعاف لم تتمكن من الوصول إلى المصابين لساعات بسبب استمرار القصف.""");
        assertThat(report.text()).doesNotContain("MUST_NOT_APPEAR", "اقرأ أيضاً", "شارك", "المزيد", "مواضيع ذات صلة",
                "العودة للأعلى", "ملفات تعريف الارتباط", "الرئيسية", "جميع الحقوق محفوظة", "مخيم الهول");
        assertThat(report.title()).isEqualTo("مقتل مدنيين بقصف على الشعفة بريف دير الزور الشرقي");
        assertThat(report.source()).isEqualTo("شبكة الفرات");
        assertThat(report.published()).isEqualTo(Instant.parse("2018-12-03T00:00:00Z"));
        assertThat(report.language()).isEqualTo(Language.AR);
    }

    @Test
    void dropsTheSiteNameFromATitleTagWhenThereIsNoOpenGraphTitle() {
        HtmlArticle page = HtmlArticle.of("<html><head><title>SDF takes al-Bahra | Euphrates Ledger</title>"
                + "<meta property=\"og:site_name\" content=\"Euphrates Ledger\"></head><body><p>Text.</p></body></html>");

        assertThat(page.title()).isEqualTo("SDF takes al-Bahra");
    }

    @Test
    void neverLetsScriptsOrStylesIntoTheTextEvenWithoutAnArticle() {
        HtmlArticle page = HtmlArticle.of("<p>Shelling on Gharanij <script>alert('x')</script>continued.</p>"
                + "<style>p{}</style><noscript>Enable JavaScript</noscript>");

        assertThat(page.text()).isEqualTo("Shelling on Gharanij continued.");
    }

    @Test
    void trustsTheScriptOfTheTextOverATemplatesLangAttribute() {
        String page = "<html lang=\"en\"><body><article><p>قصف مدفعي على بلدة الشعفة.</p></article></body></html>";

        Report report = Fixtures.ingestor().read("page.html",
                new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), Format.HTML).reports().get(0).report();

        assertThat(report.language()).isEqualTo(Language.AR);
    }

    @Test
    void detectsTheLanguageWhenThePageDoesNotDeclareIt() {
        HtmlArticle page = HtmlArticle.of("<html><body><p>اشتباكات عنيفة في محيط بلدة الباغوز.</p></body></html>");

        assertThat(page.language()).isNull();
        assertThat(new LanguageDetector().detect(page.text())).isEqualTo(Language.AR);
    }

    @Test
    void keepsAParagraphThatMerelyStartsWithABoilerplateWord() {
        assertThat(Boilerplate.isBoilerplateText("Related fighting continued in Baghuz on Sunday.")).isFalse();
        assertThat(Boilerplate.isBoilerplateText("Read more about the siege in our report.")).isFalse();
        assertThat(Boilerplate.isBoilerplateText("Read also: SDF takes Hajin")).isTrue();
        assertThat(Boilerplate.isBoilerplateText("اقرأ أيضا: قسد تسيطر على هجين")).isTrue();
        assertThat(Boilerplate.isBoilerplateText("العودة إلى الأعلى ↑")).isTrue();
    }

    @Test
    void decodesAnArabicPageInTheCharsetItDeclaresWhenItIsNotUtf8() {
        String page = "<html lang=\"ar\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "</head><body><p>غارات على الباغوز</p></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("windows-1256"));

        IngestBatch batch = Fixtures.ingestor().read("old.html", new ByteArrayInputStream(bytes), Format.HTML);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().text()).containsExactly("غارات على الباغوز");
        assertThat(batch.reports().get(0).raw().bytes()).isEqualTo(bytes);
    }

    @Test
    void prefersValidUtf8OverAWrongCharsetDeclaration() {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>قصف على هجين</p>".getBytes(StandardCharsets.UTF_8);

        IngestBatch batch = Fixtures.ingestor().read("mislabelled.html", new ByteArrayInputStream(bytes), Format.HTML);

        assertThat(batch.reports()).extracting(parsed -> parsed.report().text()).containsExactly("قصف على هجين");
    }

    @Test
    void rejectsAPageThatIsNeitherUtf8NorInAKnownDeclaredCharset() {
        byte[] bytes = {'<', 'p', '>', (byte) 0xC3, '<', '/', 'p', '>'};

        IngestBatch batch = Fixtures.ingestor().read("bad.html", new ByteArrayInputStream(bytes), Format.HTML);

        assertThat(batch.rejections()).extracting(Rejection::line)
                .containsExactly("bad.html: not a text file: invalid UTF-8 at byte 3");
    }
}
