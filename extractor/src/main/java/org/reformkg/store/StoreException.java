package org.reformkg.store;

/** A store operation failed; the message is one line naming the file or store and what is wrong. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }
}
