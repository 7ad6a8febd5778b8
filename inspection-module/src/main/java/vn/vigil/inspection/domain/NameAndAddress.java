package vn.vigil.inspection.domain;

import vn.vigil.core.api.Text;

/**
 * An establishment's trade name and address folded as the registry stores them (no marks, lower case), the pair
 * that makes two entries look like one business.
 */
public record NameAndAddress(String nameFolded, String addressFolded) {

    public static NameAndAddress of(String name, String address) {
        return new NameAndAddress(Text.fold(name), Text.fold(address));
    }
}
