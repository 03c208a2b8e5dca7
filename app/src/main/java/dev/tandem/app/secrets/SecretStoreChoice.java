package dev.tandem.app.secrets;

/**
 * Where API keys are kept, and why there when it is not the system keychain ("the system keychain
 * did not answer within 3 s; ..."), so the person is told rather than finding out later.
 */
public record SecretStoreChoice(SecretStore store, String reason) {

    /** The keychain, which needs no explaining. */
    public static SecretStoreChoice keychain(SecretStore store) {
        return new SecretStoreChoice(store, null);
    }

    /** Where keys are kept, in a sentence for the person. */
    public String describe() {
        if (reason == null) {
            return "Keys are kept in " + store.where() + ".";
        }
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }
}
