package dev.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `tandem watch add | list | scan | remove` on a real folder and journal. */
class WatchCliTest {

    @TempDir
    Path dir;
    Path vault;
    Cli cli;

    @BeforeEach
    void setUp() throws Exception {
        vault = Files.createDirectories(dir.resolve("My Vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve("Kitchen.md"), "---\ntags: [home]\n---\nOak worktop, white tiles.");
        Files.writeString(vault.resolve("Bikes.md"), "Chain needs oil before the ride to [[Lena]]'s.");
        Files.writeString(vault.resolve("notes.txt"), "A plain text attachment about gutters.");
        cli = new Cli(dir.resolve("data"));
    }

    @Test
    void aWatchedVaultIsTakenInThenScannedForChangesAndLetGo() throws Exception {
        cli.ok("project", "add", "Home");
        String added = cli.ok("watch", "add", vault.toString(), "--project", "Home");
        assertThat(added).contains("Watching " + vault.toRealPath() + " (as notes)")
                .contains("added    Kitchen.md").contains("added    notes.txt — 1 passages")
                .contains("3 files; 3 added, 0 updated, 0 renamed, 0 removed, 0 failed.");
        assertThat(cli.ok("search", "worktop")).contains("Kitchen");
        assertThat(cli.ok("watch", "list")).contains(vault.toRealPath().toString()).contains("(notes)").contains("project: Home");

        assertThat(cli.ok("watch", "scan")).contains("0 added, 0 updated");
        Path kitchen = vault.resolve("Kitchen.md");
        Files.writeString(kitchen, "Walnut worktop after all.");
        Files.setLastModifiedTime(kitchen, FileTime.fromMillis(Files.getLastModifiedTime(kitchen).toMillis() + 2_000));
        Files.delete(vault.resolve("Bikes.md"));
        String scanned = cli.ok("watch", "scan");
        assertThat(scanned).contains("updated  Kitchen.md").contains("removed  Bikes.md");
        assertThat(cli.ok("search", "walnut")).contains("Kitchen");
        assertThat(cli.ok("search", "chain")).doesNotContain("Bikes");

        assertThat(cli.ok("watch", "remove", vault.toString())).contains("No longer watching");
        assertThat(cli.ok("watch", "list")).contains("No folder is watched");
        assertThat(cli.ok("search", "walnut")).as("what was taken in stays").contains("Kitchen");
    }

    @Test
    void foldersThatCannotBeWatchedAreRefusedWithTheReason() throws Exception {
        Cli.Result missing = cli.run("watch", "add", dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no such folder");
        Cli.Result file = cli.run("watch", "add", vault.resolve("Kitchen.md").toString());
        assertThat(file.err()).contains("is a file");
        Cli.Result data = cli.run("watch", "add", dir.toString());
        assertThat(data.err()).contains("holds Tandem's own data");
        cli.ok("watch", "add", vault.toString());
        Files.createDirectories(vault.resolve("sub"));
        Cli.Result inside = cli.run("watch", "add", vault.resolve("sub").toString());
        assertThat(inside.err()).contains("lies inside or around");
        Cli.Result again = cli.run("watch", "add", vault.toString());
        assertThat(again.err()).contains("is watched already");
        Cli.Result mode = cli.run("watch", "add", dir.resolve("data").getParent().resolve("My Vault").toString(), "--as", "pictures");
        assertThat(mode.err()).contains("--as takes notes or documents");
        Cli.Result notWatched = cli.run("watch", "remove", dir.resolve("nowhere").toString());
        assertThat(notWatched.err()).contains("is not watched");
    }
}
