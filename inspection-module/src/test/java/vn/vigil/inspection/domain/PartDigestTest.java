package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.inspection.api.PresentRole;
import vn.vigil.inspection.api.TraffickingIndicator;

/**
 * A part's digest changes whenever anything stored changes: otherwise a save would keep the old rows and drop the
 * change without a word. Checked field by field through reflection, so a field added to a part later and forgotten in
 * its digest fails here.
 */
class PartDigestTest {

    @ParameterizedTest
    @ValueSource(
            classes = {
                RecordedAnswer.class,
                PhotoReference.class,
                IndicatorObservation.class,
                PersonPresent.class,
                Finding.class
            })
    void everyStoredFieldOfEveryPartChangesTheDigest(Class<? extends PartDigest.Part> type) throws Exception {
        List<Field> fields = Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toList();
        assertThat(fields).isNotEmpty();
        for (Field field : fields) {
            field.setAccessible(true);
            PartDigest.Part base = filled(type, fields, false);
            PartDigest.Part other = filled(type, fields, false);
            field.set(other, value(field.getType(), true));
            assertThat(PartDigest.of(List.of(other)))
                    .as("%s.%s changed", type.getSimpleName(), field.getName())
                    .isNotEqualTo(PartDigest.of(List.of(base)));
            assertThat(PartDigest.of(List.of(filled(type, fields, false))))
                    .as("the same values, the same digest")
                    .isEqualTo(PartDigest.of(List.of(base)));
            if (!field.getType().isPrimitive()) {
                field.set(other, null);
                assertThat(PartDigest.of(List.of(other)))
                        .as("%s.%s emptied", type.getSimpleName(), field.getName())
                        .isNotEqualTo(PartDigest.of(List.of(base)));
            }
        }
    }

    @Test
    void textsCannotTradeCharactersAcrossFieldsAndNullIsNotEmpty() {
        PersonPresent ab = new PersonPresent("ab", PresentRole.OWNER, "c", false, null);
        PersonPresent a = new PersonPresent("a", PresentRole.OWNER, "bc", false, null);
        assertThat(PartDigest.of(List.of(ab))).isNotEqualTo(PartDigest.of(List.of(a)));
        Finding none = new Finding(null, null, false, null);
        assertThat(PartDigest.of(List.of(none)))
                .isNotEqualTo(PartDigest.of(List.of(new Finding("", null, false, null))))
                .isNotEqualTo(PartDigest.of(List.of(new Finding("x", null, false, null))));
    }

    @Test
    void theOrderAndTheNumberOfElementsCount() {
        PhotoReference first = new PhotoReference(1, 2);
        PhotoReference second = new PhotoReference(1, 3);
        assertThat(PartDigest.of(List.of(first, second))).isNotEqualTo(PartDigest.of(List.of(second, first)));
        assertThat(PartDigest.of(List.of(first, first))).isNotEqualTo(PartDigest.of(List.of(first)));
        assertThat(PartDigest.of(List.of()))
                .isNotEqualTo(PartDigest.of(List.of(first)))
                .hasSize(PartDigest.LENGTH);
        // two answers of one field each are not one answer of two fields
        RecordedAnswer yes = new RecordedAnswer(1, true, null, null);
        RecordedAnswer text = new RecordedAnswer(1, null, null, "t");
        assertThat(PartDigest.of(List.of(yes, text)))
                .isNotEqualTo(PartDigest.of(List.of(new RecordedAnswer(1, true, null, "t"))));
    }

    @Test
    void aNumberIsTheSameWhateverItsTrailingZerosAsInItsColumn() {
        assertThat(PartDigest.of(List.of(new RecordedAnswer(1, null, new BigDecimal("2"), null))))
                .isEqualTo(PartDigest.of(List.of(new RecordedAnswer(1, null, new BigDecimal("2.000"), null))))
                .isNotEqualTo(PartDigest.of(List.of(new RecordedAnswer(1, null, new BigDecimal("2.001"), null))))
                .isNotEqualTo(PartDigest.of(List.of(new RecordedAnswer(1, null, new BigDecimal("20"), null))));
        assertThat(PartDigest.of(List.of(new RecordedAnswer(1, null, new BigDecimal("0.000"), null))))
                .isEqualTo(PartDigest.of(List.of(new RecordedAnswer(1, null, BigDecimal.ZERO, null))));
    }

    private static PartDigest.Part filled(Class<? extends PartDigest.Part> type, List<Field> fields, boolean other)
            throws Exception {
        Constructor<? extends PartDigest.Part> none = type.getDeclaredConstructor();
        none.setAccessible(true);
        PartDigest.Part part = none.newInstance();
        for (Field field : fields) {
            field.setAccessible(true);
            field.set(part, value(field.getType(), other));
        }
        return part;
    }

    /** A value of the field's type; the other one differs from it. */
    private static Object value(Class<?> type, boolean other) {
        if (type == String.class) {
            return other ? "Phòng số 2" : "Phòng số 1";
        }
        if (type == long.class || type == Long.class) {
            return other ? 8L : 7L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return other;
        }
        if (type == BigDecimal.class) {
            return other ? new BigDecimal("12.5") : new BigDecimal("12");
        }
        if (type == LocalDate.class) {
            return other ? LocalDate.of(2026, 12, 9) : LocalDate.of(2026, 12, 8);
        }
        if (type == TraffickingIndicator.class) {
            return other ? TraffickingIndicator.DEBT_BONDAGE : TraffickingIndicator.WITHHELD_DOCUMENTS;
        }
        if (type == PresentRole.class) {
            return other ? PresentRole.WORKER : PresentRole.OWNER;
        }
        throw new AssertionError("no test value for a field of type " + type + ": add one, and to the digest");
    }
}
