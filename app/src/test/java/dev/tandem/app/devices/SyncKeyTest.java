package dev.tandem.app.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import dev.tandem.memory.TandemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sync key: what the server keeps opens only with the passphrase, and only for the document it belongs to. */
class SyncKeyTest {

    private static final Gson GSON = new Gson();

    @Test
    void aSecondDeviceDerivesTheSameKeyFromThePassphraseAndTheStoredParameters() {
        SyncKey.Created created = SyncKey.create("correct horse battery staple".toCharArray());
        assertThat(created.params().iterations()).isGreaterThanOrEqualTo(600_000);
        // What the server would hold, as JSON, then read back on another device.
        SyncKey.Params stored = GSON.fromJson(GSON.toJson(created.params()), SyncKey.Params.class);
        SyncKey other = SyncKey.unlock("correct horse battery staple".toCharArray(), stored);

        byte[] body = "{\"text\":\"Long run: 28 km, left knee sore\"}".getBytes(StandardCharsets.UTF_8);
        SyncKey.Sealed sealed = created.key().seal("entry-7f3a", body);
        assertThat(new String(java.util.Base64.getDecoder().decode(sealed.c()), StandardCharsets.ISO_8859_1))
                .doesNotContain("knee");
        assertThat(other.open("entry-7f3a", sealed)).isEqualTo(body);
        assertThat(created.key().seal("entry-7f3a", body).n()).as("a fresh nonce each time").isNotEqualTo(sealed.n());
    }

    @Test
    void aWrongPassphraseATamperedBodyAndWeakenedParametersAreRefused() {
        SyncKey.Created created = SyncKey.create("correct horse battery staple".toCharArray());
        assertThatThrownBy(() -> SyncKey.unlock("correct horse battery stapler".toCharArray(), created.params()))
                .isInstanceOf(TandemException.class).hasMessageContaining("does not open");

        SyncKey.Sealed sealed = created.key().seal("goal-1", "Run a marathon".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> created.key().open("goal-2", sealed)).as("moved to another document")
                .isInstanceOf(TandemException.class).hasMessageContaining("could not be decrypted");
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.c());
        bytes[0] ^= 1;
        SyncKey.Sealed tampered = new SyncKey.Sealed(1, sealed.n(), java.util.Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> created.key().open("goal-1", tampered)).isInstanceOf(TandemException.class);

        SyncKey.Params weak = new SyncKey.Params(created.params().kdf(), 1_000, created.params().salt(),
                created.params().check());
        assertThatThrownBy(() -> SyncKey.unlock("correct horse battery staple".toCharArray(), weak))
                .hasMessageContaining("weaker than Tandem accepts");
        assertThatThrownBy(() -> SyncKey.create("short".toCharArray())).hasMessageContaining("at least 8 characters");
    }
}
