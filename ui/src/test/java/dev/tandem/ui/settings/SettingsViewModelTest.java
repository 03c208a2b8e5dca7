package dev.tandem.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.app.Tandem;
import dev.tandem.app.settings.Preset;
import dev.tandem.app.secrets.FileSecretStore;
import dev.tandem.app.settings.SettingsFile;
import dev.tandem.app.secrets.SecretStoreChoice;
import dev.tandem.app.secrets.SecretStores;
import dev.tandem.app.tasks.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theEndpointIsSavedTheKeyGoesToTheSecretStoreAndIsNeverShownBack() throws Exception {
        try (Tandem tandem = Tandem.open(dir); MockWebServer server = new MockWebServer()) {
            server.start(0);
            FileSecretStore secrets = new FileSecretStore(dir.resolve("secrets.properties"));
            AtomicInteger changed = new AtomicInteger();
            SettingsViewModel settings = new SettingsViewModel(tandem.dataDirectory(), tandem.store(),
                    () -> new SecretStoreChoice(secrets, null), TaskExecutor.sameThread(), Runnable::run,
                    changed::incrementAndGet);
            settings.load().join();
            assertThat(settings.presetProperty().get()).isEqualTo(Preset.OLLAMA);
            assertThat(settings.keyStoredProperty().get()).isFalse();

            settings.presetProperty().set(Preset.CUSTOM);
            settings.urlProperty().set(server.url("/v1").toString());
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"data\":[{\"id\":\"small\"},{\"id\":\"large\"}]}").build());
            settings.loadModels().join();
            assertThat(settings.models()).containsExactly("small", "large");
            settings.modelProperty().set("large");
            settings.keyProperty().set("sk-test-0123456789");
            settings.extractMemoriesProperty().set(false);
            settings.save().join();

            assertThat(settings.keyProperty().get()).as("never shown back").isEmpty();
            assertThat(settings.keyStoredProperty().get()).isTrue();
            assertThat(changed).hasValue(1);
            assertThat(secrets.get(new SettingsFile(dir).load().endpoint().secretName())).contains("sk-test-0123456789");
            SettingsFile.Settings saved = new SettingsFile(dir).load();
            assertThat(saved.endpoint().preset()).isEqualTo(Preset.CUSTOM);
            assertThat(saved.endpoint().model()).isEqualTo("large");
            assertThat(saved.cowork().extractMemories()).isFalse();
            assertThat(Files.readString(dir.resolve("settings.json"))).doesNotContain("sk-test");
            assertThat(settings.messageProperty().get()).startsWith("Saved.");

            SettingsViewModel again = new SettingsViewModel(tandem.dataDirectory(), tandem.store(),
                    () -> new SecretStoreChoice(secrets, null), TaskExecutor.sameThread(), Runnable::run, () -> { });
            again.load().join();
            assertThat(again.keyProperty().get()).isEmpty();
            assertThat(again.modelProperty().get()).isEqualTo("large");
        }
    }

    @Test
    void testingAnEndpointThatIsDownSaysSoClearly() throws Exception {
        try (Tandem tandem = Tandem.open(dir)) {
            MockWebServer server = new MockWebServer();
            server.start(0);
            String url = server.url("/v1").toString();
            server.close();
            SettingsViewModel settings = new SettingsViewModel(tandem.dataDirectory(), tandem.store(),
                    () -> new SecretStoreChoice(new FileSecretStore(dir.resolve("secrets.properties")), null),
                    TaskExecutor.sameThread(), Runnable::run, () -> { });
            settings.load().join();
            settings.presetProperty().set(Preset.CUSTOM);
            settings.urlProperty().set(url);
            settings.testConnection().join();
            assertThat(settings.connectionProperty().get()).contains("does not answer").contains("Is the server running?");

            settings.backup().join();
            assertThat(settings.messageProperty().get()).startsWith("Backed up to ");
            try (var files = Files.list(tandem.dataDirectory().backups())) {
                assertThat(files.count()).isEqualTo(1);
            }
        }
    }

    @Test
    void theSettingsSayWhereKeysAreKeptAndWhyNotInTheKeychain() {
        try (Tandem tandem = Tandem.open(dir)) {
            SettingsViewModel settings = new SettingsViewModel(tandem.dataDirectory(), tandem.store(),
                    SecretStores.lazily(dir, TaskExecutor.sameThread()), TaskExecutor.sameThread(), Runnable::run,
                    () -> { });
            settings.load().join();
            assertThat(settings.keyPlaceProperty().get()).as("the ui tests turn the keychain off")
                    .startsWith("The system keychain is turned off (tandem.secrets=file); keys are kept in "
                            + "secrets.properties");
        }
    }
}
