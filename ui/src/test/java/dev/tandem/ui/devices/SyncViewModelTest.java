package dev.tandem.ui.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.devices.Devices;
import dev.tandem.app.secrets.FileSecretStore;
import dev.tandem.app.tasks.TaskExecutor;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Sync: the passphrase warning must be confirmed, and a server that does not answer says so. */
class SyncViewModelTest {

    @TempDir
    Path dir;

    @Test
    void thePassphraseMustBeKeptSafeAndASilentServerIsNamed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (Tandem tandem = Tandem.open(dir.resolve("journal"))) {
            FileSecretStore secrets = new FileSecretStore(dir.resolve("secrets.properties"));
            SyncViewModel model = new SyncViewModel(() -> new Devices(tandem.store(), tandem.dataDirectory().root(),
                    () -> secrets, new OkHttpClient(), Clock.systemUTC()), TaskExecutor.sameThread(), Runnable::run);
            int[] changed = {0};
            model.onChanged(() -> changed[0]++, () -> { });
            model.load().join();
            assertThat(model.statusProperty().get()).isEqualTo("Not set up on this device.");
            assertThat(model.configuredProperty().get()).isFalse();

            model.serverProperty().set("http://127.0.0.1:" + closed);
            model.passphraseProperty().set("the heron came back to the pond");
            model.setUp().join();
            assertThat(model.messageProperty().get()).contains("cannot be recovered");

            model.passphraseKeptProperty().set(true);
            model.setUp().join();
            assertThat(model.messageProperty().get()).contains("does not answer");
            assertThat(changed[0]).isZero();

            model.serverProperty().set("http://couch.example.org:5984");
            model.setUp().join();
            assertThat(model.messageProperty().get()).contains("Use https");
        }
    }
}
