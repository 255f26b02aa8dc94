package org.marsad.ingest;

import org.marsad.report.Language;

/**
 * Tells Arabic from English by the script of the letters: {@link Language#AR} when at least
 * 30% of the letters are Arabic, {@link Language#EN} when most letters are Latin, otherwise
 * {@link Language#UNKNOWN} (also for text without letters).
 *
 * <p>No model is involved, so the answer is explainable and the same on every machine. The
 * Arabic threshold is low on purpose: Arabic reports quote Latin names, URLs and hashtags, while
 * English reports rarely carry Arabic script at all. Latin-script text in other languages
 * (French, Kurdish in Latin letters) counts as English, since Marsad only processes the two.
 */
public final class LanguageDetector {
    static final double ARABIC_SHARE = 0.3;

    /** The language of {@code text}, judged from its letters; never null. */
    public Language detect(CharSequence text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (letters == 0) {
            return Language.UNKNOWN;
        }
        if (arabic >= ARABIC_SHARE * letters) {
            return Language.AR;
        }
        return latin * 2 > letters ? Language.EN : Language.UNKNOWN;
    }

    @Override
    public String toString() {
        return "LanguageDetector[Arabic letters >= " + ARABIC_SHARE + " → ar; Latin majority → en; else und]";
    }
}
