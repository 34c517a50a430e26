package org.studysite.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), or "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = StudysiteCommand.class.getPackage().getImplementationVersion();
        return new String[] {"studysite " + (version == null ? "dev" : version)};
    }
}
