package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.lexicon.Tokens;

/** Publication: Sunday 16 December 2018. */
class DatesTests {
    private static final LocalDate SUNDAY = LocalDate.of(2018, 12, 16);
    private final Dates dates = new Dates(Fixtures.LEXICON);

    private Optional<Dates.Reading> read(String text) {
        Tokens tokens = Tokens.of(text);
        return dates.find(tokens, 0, tokens.size(), SUNDAY);
    }

    private LocalDate date(String text) {
        return read(text).orElseThrow(() -> new AssertionError("no date in: " + text)).date();
    }

    @Test
    void resolvesAWeekdayToItsMostRecentDayOnOrBeforePublication() {
        assertThat(date("Coalition jets struck Hajin early Tuesday")).isEqualTo(LocalDate.of(2018, 12, 11));
        assertThat(date("Clashes broke out on Saturday near al-Susah")).isEqualTo(LocalDate.of(2018, 12, 15));
    }

    @Test
    void readsLastThursdayAsTheThursdayBeforePublication() {
        assertThat(date("The SDF entered the town last Thursday")).isEqualTo(LocalDate.of(2018, 12, 13));
    }

    @Test
    void readsTheArabicWeekdayAfterYawm() {
        assertThat(date("قصفت طائرات التحالف بلدة هجين يوم الخميس")).isEqualTo(LocalDate.of(2018, 12, 13));
        assertThat(date("اشتباكات عنيفة يوم الأحد في محيط السوسة")).isEqualTo(SUNDAY);
    }

    @Test
    void doesNotTakeYawmBeforeAWeekdayForToday() {
        Dates.Reading reading = read("غارات على الشعفة يوم الجمعة").orElseThrow();

        assertThat(reading.date()).isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(reading.why()).contains("الجمعة");
    }

    @Test
    void readsRelativeDays() {
        assertThat(date("قصف مدفعي على هجين فجر اليوم")).isEqualTo(SUNDAY);
        assertThat(date("سيطرت قسد على السوسة أمس")).isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(date("Fighting raged overnight around Hajin")).isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(date("An airstrike hit the market today")).isEqualTo(SUNDAY);
    }

    @Test
    void readsLastWeekWithTheWeekAsPrecision() {
        Dates.Reading reading = read("The coalition said the strikes took place last week").orElseThrow();

        assertThat(reading.date()).isEqualTo(LocalDate.of(2018, 12, 9));
        assertThat(reading.precision()).isEqualTo(TimePrecision.WEEK);
    }

    @Test
    void readsExplicitEnglishDates() {
        assertThat(date("The SDF captured Hajin on 14 December 2018")).isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(date("The SDF captured Hajin on December 14")).isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(read("on 14 December 2018").orElseThrow().precision()).isEqualTo(TimePrecision.DAY);
    }

    @Test
    void readsLevantineAndEgyptianMonthNames() {
        assertThat(date("سيطرت قسد على هجين في 14 كانون الأول 2018")).isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(date("بدأت الحملة في 10 أيلول")).isEqualTo(LocalDate.of(2018, 9, 10));
        assertThat(date("هجوم معاكس في 26 تشرين الثاني")).isEqualTo(LocalDate.of(2018, 11, 26));
        assertThat(date("غارة على السوسة في 3 ديسمبر")).isEqualTo(LocalDate.of(2018, 12, 3));
    }

    @Test
    void placesADateWithoutYearInThePastYearWhenItWouldBeAfterPublication() {
        assertThat(date("The offensive resumed on 20 December")).isEqualTo(LocalDate.of(2017, 12, 20));
    }

    @Test
    void readsAMonthAloneWithTheMonthAsPrecision() {
        Dates.Reading reading = read("Fighting intensified in November").orElseThrow();

        assertThat(reading.date()).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(reading.precision()).isEqualTo(TimePrecision.MONTH);
    }

    @Test
    void ignoresLowerCaseWordsThatSpellMonthsOrDays() {
        assertThat(read("Residents may leave the town")).isEmpty();
        assertThat(read("the march toward Hajin")).isEmpty();
    }

    @Test
    void findsNoDateWithoutAPublicationDateForRelativeWords() {
        Tokens tokens = Tokens.of("Clashes broke out yesterday");

        assertThat(dates.find(tokens, 0, tokens.size(), null)).isEmpty();
    }

    @Test
    void datesAClaimWithoutADateByThePublicationDayInDamascus() {
        Instant lateSaturdayUtc = Instant.parse("2018-12-15T23:30:00Z");
        EventClaim claim = Fixtures.EXTRACTOR.extract(
                Fixtures.report("Coalition airstrikes hit al-Susah, killing 5 people.", lateSaturdayUtc)).get(0);

        assertThat(claim.date()).isEqualTo(SUNDAY);
        assertThat(claim.why()).anySatisfy(r -> assertThat(r.rule()).contains("publication"));
    }

    @Test
    void resolvesARelativeDayAgainstTheLocalPublicationDate() {
        Instant lateSaturdayUtc = Instant.parse("2018-12-15T23:30:00Z");
        EventClaim claim = Fixtures.EXTRACTOR.extract(
                Fixtures.report("قصف طيران التحالف بلدة هجين أمس", lateSaturdayUtc)).get(0);

        assertThat(claim.date()).isEqualTo(LocalDate.of(2018, 12, 15));
    }

    @Test
    void readsYesterdayAndLastNightAsTheDayBeforePublication() {
        assertThat(date("Coalition aircraft struck Hajin yesterday")).isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(date("Coalition aircraft struck Hajin last night")).isEqualTo(LocalDate.of(2018, 12, 15));
    }

    @Test
    void doesNotReadWahidAsSunday() {
        assertThat(read("قتل مدني واحد بقصف على بلدة هجين")).isEmpty();
        assertThat(date("قصف على هجين يوم الأحد")).isEqualTo(SUNDAY);
    }

    @Test
    void readsAlLaylaAlMadiyaAsTheDayBeforePublication() {
        assertThat(date("غارات للتحالف على الشعفة خلال الليلة الماضية")).isEqualTo(LocalDate.of(2018, 12, 15));
    }

    @Test
    void passesOverTheDayASourceSpokeWhenTheEventHasItsOwn() {
        assertThat(date("The Observatory said on Thursday that coalition strikes on Tuesday killed 12 civilians"))
                .isEqualTo(LocalDate.of(2018, 12, 11));
        assertThat(date("ISIS attacked SDF positions, killing 61 of them, a monitor said Thursday"))
                .isEqualTo(LocalDate.of(2018, 12, 13));
    }

    @Test
    void readsTwoDaysAgoAndAwwalAms() {
        assertThat(date("Coalition aircraft struck Hajin two days ago")).isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(date("قصف طيران التحالف بلدة هجين أول أمس")).isEqualTo(LocalDate.of(2018, 12, 14));
    }

    @Test
    void readsADayWrittenAsAnOrdinalBeforeTheMonth() {
        assertThat(date("انفجرت عبوة ناسفة قرب البصيرة في الثالث من ديسمبر")).isEqualTo(LocalDate.of(2018, 12, 3));
        assertThat(date("وقعت الغارة في الحادي والعشرين من تشرين الثاني")).isEqualTo(LocalDate.of(2018, 11, 21));
        assertThat(date("The convoy was ambushed on the ninth of December")).isEqualTo(LocalDate.of(2018, 12, 9));
        assertThat(date("The convoy was ambushed on the 9th of December")).isEqualTo(LocalDate.of(2018, 12, 9));
    }

    @Test
    void passesOverTheDayOfADenialWrittenBeforeItsVerb() {
        assertThat(date("The SDF on Saturday denied that ISIS had retaken al-Kishma on Wednesday"))
                .isEqualTo(LocalDate.of(2018, 12, 12));
    }

    @Test
    void readsADayOfTheMonthWithoutItsMonthAsTheLatestSuchDay() {
        assertThat(date("Shells hit al-Susah on the 9th, residents said")).isEqualTo(LocalDate.of(2018, 12, 9));
        assertThat(date("Shells hit al-Susah on the 28th")).isEqualTo(LocalDate.of(2018, 11, 28));
        assertThat(read("The talks resumed on the 3rd of January")).map(Dates.Reading::date)
                .contains(LocalDate.of(2018, 1, 3));
    }

    @Test
    void readsCommonEnglishTimesOfDayAroundTheWeekday() {
        assertThat(date("A drone struck a car near Hajin early Thursday")).isEqualTo(LocalDate.of(2018, 12, 13));
        assertThat(date("Clashes raged on the night of Friday")).isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(date("Jets pounded Baghuz late on Saturday")).isEqualTo(LocalDate.of(2018, 12, 15));
    }
}
