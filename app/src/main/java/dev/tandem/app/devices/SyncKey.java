package dev.tandem.app.devices;

import dev.tandem.memory.TandemException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts a journal's documents before they leave the device: AES-256-GCM, the key
 * derived from the person's sync passphrase with PBKDF2-HMAC-SHA256 (the JDK's, at least 600,000
 * iterations, a 32-byte random salt). Each document is sealed with a fresh 96-bit nonce and its own id
 * as associated data, so the server can neither read a document nor pass one off as another. The
 * salt, the iterations and a sealed check value live in the database beside the documents: a device
 * joining with a wrong passphrase is refused before it writes anything.
 */
public final class SyncKey {

    /** What a database keeps so that a device can derive the key again and check it. */
    public record Params(String kdf, int iterations, String salt, Sealed check) {
    }

    /** A sealed body: the nonce and the ciphertext with its 128-bit tag, both Base64. */
    public record Sealed(int v, String n, String c) {
    }

    public static final int MIN_ITERATIONS = 600_000;
    static final String KDF = "pbkdf2-hmac-sha256";
    private static final String CHECK_ID = "tandem:key-check";
    private static final byte[] CHECK = "Tandem journal key check".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec revisions;

    private SyncKey(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("tandem revision ids".getBytes(StandardCharsets.UTF_8));
            this.revisions = new SecretKeySpec(sha.digest(key), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is in every Java", e);
        }
    }

    /**
     * The hash part of a revision id for {@code content} written on top of {@code parent}: the same on
     * every device for the same change (so two devices making the same resolution do not conflict
     * again), and telling the server nothing about the content (an HMAC under a key from the sync key).
     */
    public String revisionHash(String parent, String content) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(revisions);
            mac.update(String.valueOf(parent).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] tag = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(tag, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is in every Java", e);
        }
    }

    /** A new key for a new journal database: fresh salt, the check sealed with it. */
    public static Created create(char[] passphrase) {
        checkPassphrase(passphrase);
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        SyncKey key = new SyncKey(derive(passphrase, salt, MIN_ITERATIONS));
        Params params = new Params(KDF, MIN_ITERATIONS, Base64.getEncoder().encodeToString(salt), key.seal(CHECK_ID, CHECK));
        return new Created(key, params);
    }

    /** A key and the parameters to store beside the documents. */
    public record Created(SyncKey key, Params params) {
    }

    /**
     * The key of a database with these parameters, or a clear refusal: a passphrase that does not open
     * the check, or parameters weaker than Tandem writes (a server cannot talk a device down).
     */
    public static SyncKey unlock(char[] passphrase, Params params) {
        if (params == null || !KDF.equals(params.kdf()) || params.iterations() < MIN_ITERATIONS || params.salt() == null
                || params.check() == null) {
            throw new TandemException("The sync database's key parameters are missing or weaker than Tandem accepts; "
                    + "it was not set up by Tandem, or was changed on the server.");
        }
        SyncKey key = new SyncKey(derive(passphrase, Base64.getDecoder().decode(params.salt()), params.iterations()));
        try {
            if (!Arrays.equals(key.open(CHECK_ID, params.check()), CHECK)) {
                throw wrongPassphrase();
            }
        } catch (TandemException e) {
            throw wrongPassphrase();
        }
        return key;
    }

    /** Encrypts {@code plain}, the body of document {@code docId}. */
    public Sealed seal(String docId, byte[] plain) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(docId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return new Sealed(1, Base64.getEncoder().encodeToString(nonce), Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every Java", e);
        }
    }

    /** Decrypts the body of document {@code docId}; a body changed or moved on the server is refused. */
    public byte[] open(String docId, Sealed sealed) {
        if (sealed == null || sealed.v() != 1 || sealed.n() == null || sealed.c() == null) {
            throw new TandemException("A synced item is not in a form this version of Tandem reads.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Base64.getDecoder().decode(sealed.n())));
            cipher.updateAAD(docId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Base64.getDecoder().decode(sealed.c()));
        } catch (javax.crypto.AEADBadTagException | IllegalArgumentException e) {
            throw new TandemException("A synced item could not be decrypted: it was changed on the server, or belongs "
                    + "to another journal.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every Java", e);
        }
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is in every Java", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static void checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new TandemException("A sync passphrase needs at least 8 characters; a sentence you will remember "
                    + "is best (it cannot be recovered).");
        }
    }

    private static TandemException wrongPassphrase() {
        return new TandemException("That sync passphrase does not open this journal's data; nothing was changed.");
    }
}
