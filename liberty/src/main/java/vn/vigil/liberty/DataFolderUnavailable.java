package vn.vigil.liberty;

/** The embedded database cannot use its data folder; the message is one sentence that says what to do. */
final class DataFolderUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    DataFolderUnavailable(String sentence) {
        super(sentence);
    }
}
