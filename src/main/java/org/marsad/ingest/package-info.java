/**
 * Ingest: turns files, folders and streams into {@link org.marsad.ingest.ParsedReport}s, and
 * everything wrong with them into one-line {@link org.marsad.report.Rejection}s, never an
 * exception. Entry point: {@link org.marsad.ingest.Ingestor}.
 *
 * <h2>Formats</h2>
 * Chosen by extension ({@link org.marsad.ingest.Format}), or from the first bytes when the
 * extension is unknown or absent. All input is UTF-8 (a byte order mark is allowed); web pages
 * may also be in the charset they declare.
 * <ul>
 * <li><b>Plain text</b> ({@code .txt}): one report; the first line is the title when it is at
 *     most 150 characters and more text follows.</li>
 * <li><b>HTML</b> ({@code .html}, {@code .htm}): one report, the main article text with
 *     navigation, share buttons, "Read more" / "اقرأ أيضا" links, related-article lists, cookie
 *     banners and footers removed. Title from {@code og:title} or {@code <title>}; published from
 *     {@code article:published_time} or {@code <time datetime>}; source from
 *     {@code og:site_name}; url from the canonical link or {@code og:url}; language detected
 *     from the text's script, {@code <html lang>} only when the script does not tell.</li>
 * <li><b>Report JSON Lines</b> ({@code .jsonl}, {@code .ndjson}): one report per line,
 *     <pre>{"id": "...", "url": "...", "source": "SOHR", "published": "2018-12-14T09:12:00Z",
 *  "language": "ar", "title": "...", "text": "..."}</pre>
 *     Only {@code text} or {@code html} is required (with {@code html} the article is extracted
 *     as for a web page, and the line's own fields win over the page's). {@code id} is a string
 *     or a whole number; every other field a string or null; unknown fields are ignored; blank
 *     lines are skipped. {@code published} is an ISO instant, an offset date-time, a local
 *     date-time taken as UTC, or a plain date. Each line is its own raw report (the line's bytes,
 *     origin {@code file:line}); a bad line is rejected and the rest still read. The file is
 *     streamed, so it may be of any size; one line may not exceed the report limit.</li>
 * <li><b>Telegram Desktop export</b> ({@code .json}, the {@code result.json} of one channel or
 *     chat): one report per message with text; id {@code telegram:<chat id>:<message id>},
 *     source the chat name, published from {@code date_unixtime} (else {@code date} as UTC), raw
 *     bytes the message object, origin {@code file:n} for the n-th message. Service messages and
 *     messages without text are skipped; full account exports are refused, as they hold private
 *     chats.</li>
 * <li><b>CSV</b> ({@code .csv}): a header naming a {@code text} (or {@code html}) column and
 *     optionally {@code id, url, source, published, language, title}; one report per row, origin
 *     the row's first line, raw bytes the header line and the row as written.</li>
 * </ul>
 *
 * <h2>Every report</h2>
 * Text is cleaned ({@code TextCleaner}: NFC, controls removed, whitespace collapsed, paragraphs
 * kept as "\n\n", spelling untouched). Language is the one the source gives, else detected by script
 * ({@link org.marsad.ingest.LanguageDetector}). The id is the one given, else {@code sha256:}
 * and the first 16 hex digits of the raw bytes' SHA-256, so the same bytes always get the same id.
 *
 * <h2>Rejections</h2>
 * {@code empty file}; {@code not a text file: contains NUL bytes | invalid UTF-8 at byte N |
 * UTF-16 encoded, save it as UTF-8}; {@code file too large: N bytes, limit M} (checked from the
 * size before reading); {@code report too large: N bytes, limit M};
 * {@code line too long: N bytes, limit M}; {@code unsupported file type: .pdf};
 * {@code no such file}; {@code invalid JSON: unexpected end of input at column 42};
 * {@code neither "text" nor "html" given}; {@code invalid published date, expected an ISO date or
 * date-time}; {@code row has 3 fields, header has 6}; and others in the same style.
 */
package org.marsad.ingest;
