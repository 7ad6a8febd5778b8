package vn.vigil.core.api.document;

import java.util.List;

/**
 * Issues the numbers of administrative documents (số văn bản): one sequence per issuer, document kind and year,
 * with no gaps and no duplicates even when several officers issue at once. A number is taken in the caller's
 * transaction: if that transaction rolls back, the number is given back and the next issue reuses it. Issuing
 * is for legal officers and administrators.
 */
public interface DocumentNumbers {

    /**
     * Takes the next number of the sequence and records what it numbers. Refused with {@code documents.noSymbol}
     * when no symbol is configured for the kind.
     */
    IssuedNumber issue(NumberRequest request);

    /** Every number issued for one thing (a violation case, say), oldest first. */
    List<IssuedNumber> numbersFor(String referenceType, String referenceId);
}
