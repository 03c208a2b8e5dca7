package dev.tandem.app.cli;

import dev.tandem.app.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"tandem " + Version.current()};
    }
}
