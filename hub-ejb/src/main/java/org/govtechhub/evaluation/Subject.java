package org.govtechhub.evaluation;

import java.io.Serializable;
import java.util.List;

/**
 * What a juror sees of the entry a scoresheet is for, whichever context owns the round: a title, the context it
 * belongs to (a nomination, a challenge), its texts under translated headings and its documents as links.
 */
public record Subject(String owner, long id, String title, String context, List<Section> sections, List<Document> documents)
        implements Serializable {

    /** A text under a heading; the heading is a bundle key. */
    public record Section(String headingKey, String text) implements Serializable {
    }

    /** A document the juror may open: its file name and the application-relative path that serves it. */
    public record Document(String fileName, String path) implements Serializable {
    }
}
