package org.studysite.render.view;

/** The full search results page; its content is filled in by search.js from the query string. */
public record SearchPageView(String path, String rootPath, String title) {
}
