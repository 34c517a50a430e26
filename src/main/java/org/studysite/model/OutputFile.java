package org.studysite.model;

/** One file of the built site: where it goes and its bytes. */
public record OutputFile(SitePath path, byte[] bytes) {
}
