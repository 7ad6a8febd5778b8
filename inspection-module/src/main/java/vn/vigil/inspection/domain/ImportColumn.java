package vn.vigil.inspection.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/**
 * The columns of an establishment import file. A header cell names a column in English (the column's name) or in
 * Vietnamese (its alias); case, diacritics, spaces and punctuation are ignored, so "Tên cơ sở" and "ten_co_so"
 * both name {@link #NAME}. Only the columns a row cannot do without are required in the header; a file may leave
 * out the others, which then read as blank.
 */
public enum ImportColumn {
    NAME("ten_co_so", true),
    BUSINESS_LINE_CODE("ma_nganh_nghe", true),
    REGISTRATION_NO("so_dang_ky", false),
    OWNER_NAME("chu_co_so", false),
    LEGAL_REPRESENTATIVE("nguoi_dai_dien_theo_phap_luat", false),
    PHONE("so_dien_thoai", false),
    ADDRESS("dia_chi", true),
    COMMUNE_CODE("ma_xa", true),
    LATITUDE("vi_do", false),
    LONGITUDE("kinh_do", false),
    LICENCE_VALID_FROM("giay_phep_hieu_luc_tu", false),
    LICENCE_VALID_UNTIL("giay_phep_hieu_luc_den", false);

    private final String vietnameseAlias;
    private final boolean required;

    ImportColumn(String vietnameseAlias, boolean required) {
        this.vietnameseAlias = vietnameseAlias;
        this.required = required;
    }

    /** The English header name, as in the template: "business_line_code". */
    public String headerName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Where each column the header has sits; refuses a header that lacks a required column, naming them all. */
    public static Map<ImportColumn, Integer> locate(List<String> header) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String key = normalized(header.get(i));
            for (ImportColumn column : values()) {
                if (!positions.containsKey(column)
                        && (column.headerName().equals(key) || column.vietnameseAlias.equals(key))) {
                    positions.put(column, i);
                }
            }
        }
        String missing = Stream.of(values())
                .filter(c -> c.required && !positions.containsKey(c))
                .map(ImportColumn::headerName)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new DomainException("import.columnsMissing", missing);
        }
        return positions;
    }

    private static String normalized(String headerCell) {
        String folded = Text.fold(headerCell == null ? "" : headerCell.replace("\uFEFF", ""));
        return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
