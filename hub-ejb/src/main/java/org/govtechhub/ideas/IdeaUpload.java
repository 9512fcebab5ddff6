package org.govtechhub.ideas;

/** A file the author chose to attach to an idea: its name as uploaded and its content. */
public record IdeaUpload(String fileName, byte[] content) {
}
