package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.settings.SettingsFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tandem connections`: what AI tools may do, saved where the window and `tandem mcp` read it. */
class ConnectionsCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run tandem(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void toolsAreAllowedAndRefusedAndTheTokenStaysUntilRenewed() {
        Run shown = tandem("connections");
        assertThat(shown.out()).contains("stdio   on").contains("http    off").contains("recall, search, goals, get")
                .contains("\"mcpServers\"").contains(dir.toString());
        assertThat(tandem("connections", "allow", "propose_memory").code()).isZero();
        assertThat(tandem("connections", "refuse", "search").out()).contains("search is refused.");
        assertThat(new SettingsFile(dir).load().connections().tools())
                .containsExactly("recall", "goals", "get", "propose_memory");
        Run unknown = tandem("connections", "allow", "delete_everything");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("There is no tool named 'delete_everything'");
        Run badPort = tandem("connections", "set", "port", "80");
        assertThat(badPort.err()).contains("between 1024 and 65535");
        String token = tandem("connections", "token").out().strip();
        assertThat(token).hasSizeGreaterThanOrEqualTo(16);
        assertThat(tandem("connections", "token").out().strip()).isEqualTo(token);
        assertThat(tandem("connections", "token", "--new").out().strip()).isNotEqualTo(token);
    }
}
