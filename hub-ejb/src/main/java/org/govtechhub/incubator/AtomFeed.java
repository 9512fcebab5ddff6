package org.govtechhub.incubator;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An Atom 1.0 feed (RFC 4287) written in plain Java: the feed's id, title, author, last update and its own address
 * (rel=self), then one entry per item with its id, title, updated (and published) time, link and summary. Every text
 * goes through the XML writer, so markup in a title is text, never markup; characters XML cannot hold are dropped.
 * Ids are tag URIs (RFC 4151) of the application's host, stable as long as the slugs are.
 */
public final class AtomFeed {

    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The date in every tag URI: the year the feeds began. */
    private static final String TAG_DATE = "2026";

    /** One entry: {@code link} absolute, {@code categories} plain terms. */
    public record Entry(String id, String title, String link, String summary, LocalDateTime updated,
                        LocalDateTime published, List<String> categories) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(updated, "updated");
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    private AtomFeed() {
    }

    /** {@code tag:host,2026:path} for the application at {@code base} (an absolute address). */
    public static String tagUri(String base, String path) {
        String host = URI.create(base).getHost();
        return "tag:" + (host == null ? "localhost" : host.toLowerCase(java.util.Locale.ROOT)) + "," + TAG_DATE + ":" + path;
    }

    /**
     * The feed's XML. Its {@code updated} is the newest entry's, or {@code emptyUpdated} when there are no entries.
     */
    public static String write(String id, String title, String selfLink, String alternateLink, String author,
                               List<Entry> entries, LocalDateTime emptyUpdated) {
        LocalDateTime updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(emptyUpdated);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", time(updated));
            link(xml, "self", selfLink, "application/atom+xml");
            link(xml, "alternate", alternateLink, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", time(entry.updated()));
                if (entry.published() != null) {
                    text(xml, "published", time(entry.published()));
                }
                link(xml, "alternate", entry.link(), "text/html");
                for (String category : entry.categories()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", clean(category));
                }
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(clean(entry.summary()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the Atom feed failed", e);
        }
        return out.toString();
    }

    /** RFC 3339 in UTC, to the second: 2026-12-07T07:00:00Z. */
    static String time(LocalDateTime utc) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    /** Without the characters XML 1.0 cannot hold (control characters other than tab and line breaks, lone surrogates). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
