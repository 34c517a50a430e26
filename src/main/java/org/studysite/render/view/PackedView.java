package org.studysite.render.view;

/**
 * A view whose template writes data (JSON) that is written as a compressed script calling
 * {@link #callback()} (org.studysite.output.PackedScript), not as the template's text.
 */
public interface PackedView {
    String callback();
}
