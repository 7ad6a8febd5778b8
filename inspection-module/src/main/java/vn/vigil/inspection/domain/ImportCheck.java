package vn.vigil.inspection.domain;

import static vn.vigil.inspection.domain.ImportColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.ImportProblem;

/**
 * Checks an import file's rows with the registry's rules, against lookups read in bulk beforehand: business lines
 * by code, communes in force, and the registration numbers and name-and-address pairs the registry already holds.
 * A row's first broken rule is its reason. A good row whose name and address match a registered establishment or
 * an earlier row gets a warning (a possible duplicate), which does not stop the import. Blank rows are skipped.
 */
public final class ImportCheck {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, BusinessLine> linesByCode = new HashMap<>();
    private final CommunesInForce communes;
    private final Set<String> takenRegistrationNos;
    private final Set<NameAndAddress> registeredNamesAndAddresses;

    public ImportCheck(
            List<BusinessLine> lines,
            CommunesInForce communes,
            Set<String> takenRegistrationNos,
            Set<NameAndAddress> registeredNamesAndAddresses) {
        lines.forEach(line -> linesByCode.put(line.code().toUpperCase(Locale.ROOT), line));
        this.communes = communes;
        this.takenRegistrationNos = takenRegistrationNos;
        this.registeredNamesAndAddresses = registeredNamesAndAddresses;
    }

    /** A row that passed every rule, ready to be saved. */
    public record Accepted(int rowNumber, EstablishmentDetails details, GeoPoint point) {}

    public record Outcome(
            int rowCount,
            List<String> header,
            List<Accepted> accepted,
            List<ImportProblem> problems,
            List<ImportProblem> warnings) {}

    public Outcome check(ImportTable table) {
        Map<ImportColumn, Integer> columns = ImportColumn.locate(table.header());
        Map<String, Integer> registrationRows = new HashMap<>();
        Map<NameAndAddress, Integer> nameAddressRows = new HashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        int rowCount = 0;
        for (ImportTable.Row row : table.rows()) {
            if (row.blank()) {
                continue;
            }
            rowCount++;
            try {
                Accepted ok = accept(row, columns);
                String registrationNo = ok.details().registrationNo();
                if (registrationNo != null) {
                    Integer firstRow = registrationRows.putIfAbsent(registrationNo, row.number());
                    if (firstRow != null) {
                        throw new DomainException("import.registrationRepeated", registrationNo, firstRow);
                    }
                    if (takenRegistrationNos.contains(registrationNo)) {
                        throw new DomainException("import.registrationTaken", registrationNo);
                    }
                }
                accepted.add(ok);
                possibleDuplicate(ok, nameAddressRows).ifPresent(key -> warnings.add(problem(row, key)));
            } catch (DomainException e) {
                problems.add(problem(row, e));
            }
        }
        return new Outcome(rowCount, table.header(), accepted, problems, warnings);
    }

    /** A warning when the row's name and address are already registered, or were on an earlier row of the file. */
    private Optional<DomainException> possibleDuplicate(Accepted row, Map<NameAndAddress, Integer> nameAddressRows) {
        NameAndAddress key =
                NameAndAddress.of(row.details().name(), row.details().address());
        Integer firstRow = nameAddressRows.putIfAbsent(key, row.rowNumber());
        if (registeredNamesAndAddresses.contains(key)) {
            return Optional.of(new DomainException(
                    "import.duplicateRegistered",
                    row.details().name(),
                    row.details().address()));
        }
        if (firstRow != null) {
            return Optional.of(
                    new DomainException("import.duplicateInFile", row.details().name(), firstRow));
        }
        return Optional.empty();
    }

    private static ImportProblem problem(ImportTable.Row row, DomainException reason) {
        return new ImportProblem(row.number(), row.cells(), reason.messageKey(), Arrays.asList(reason.arguments()));
    }

    /** The registration numbers the file names, cleaned as the registry stores them, to look up in bulk. */
    public static Set<String> registrationNumbers(ImportTable table) {
        Integer column = ImportColumn.locate(table.header()).get(REGISTRATION_NO);
        Set<String> numbers = new java.util.HashSet<>();
        if (column == null) {
            return numbers;
        }
        for (ImportTable.Row row : table.rows()) {
            String number = Text.clean(row.cell(column));
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** The name-and-address pairs the file names, folded as the registry stores them, to look up in bulk. */
    public static Set<NameAndAddress> namesAndAddresses(ImportTable table) {
        Map<ImportColumn, Integer> columns = ImportColumn.locate(table.header());
        Set<NameAndAddress> pairs = new java.util.HashSet<>();
        for (ImportTable.Row row : table.rows()) {
            String name = Text.clean(row.cell(columns.get(NAME)));
            String address = Text.clean(row.cell(columns.get(ADDRESS)));
            if (name != null && address != null) {
                pairs.add(NameAndAddress.of(name, address));
            }
        }
        return pairs;
    }

    private Accepted accept(ImportTable.Row row, Map<ImportColumn, Integer> columns) {
        Cells cells = new Cells(row, columns);
        EstablishmentDetails details = new EstablishmentDetails(
                cells.text(NAME),
                businessLine(cells.text(BUSINESS_LINE_CODE)),
                cells.text(REGISTRATION_NO),
                cells.day(LICENCE_VALID_FROM, "establishment.licenceValidFrom"),
                cells.day(LICENCE_VALID_UNTIL, "establishment.licenceValidUntil"),
                cells.text(OWNER_NAME),
                cells.text(LEGAL_REPRESENTATIVE),
                cells.text(PHONE),
                cells.text(ADDRESS),
                commune(cells.text(COMMUNE_CODE)));
        GeoPoint point = GeoPoint.of(cells.number(LATITUDE), cells.number(LONGITUDE));
        return new Accepted(row.number(), details, point);
    }

    private Long businessLine(String code) {
        if (code == null) {
            return null;
        }
        BusinessLine line = linesByCode.get(code.toUpperCase(Locale.ROOT));
        if (line == null) {
            throw new DomainException("import.businessLineUnknown", code);
        }
        if (!line.active()) {
            throw new DomainException("establishment.businessLineInactive", line.code());
        }
        return line.id();
    }

    private Long commune(String codeOrName) {
        return codeOrName == null ? null : communes.resolve(codeOrName);
    }

    private record Cells(ImportTable.Row row, Map<ImportColumn, Integer> columns) {

        /** A column the file leaves out reads as blank. */
        String text(ImportColumn column) {
            Integer position = columns.get(column);
            return position == null ? null : Text.clean(row.cell(position));
        }

        LocalDate day(ImportColumn column, String field) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value, DAY);
            } catch (DateTimeParseException e) {
                throw new DomainException("import.dayInvalid", field, value);
            }
        }

        BigDecimal number(ImportColumn column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new DomainException("import.numberInvalid", "import." + column.headerName(), value);
            }
        }
    }
}
