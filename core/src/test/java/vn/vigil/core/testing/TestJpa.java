package vn.vigil.core.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * A RESOURCE_LOCAL {@link EntityManagerFactory} on {@link TestDatabase}, built from a list of entity classes
 * without reading persistence.xml (whose units are JTA, for Liberty). Hibernate validates the mappings against the
 * migrated schema while it builds ({@code hibernate.hbm2ddl.auto=validate}), so building one is the mapping test:
 * migrate first.
 *
 * <pre>{@code
 * TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
 * EntityManagerFactory emf = TestJpa.entityManagerFactory("core", List.of(Department.class));
 * EntityManager em = emf.createEntityManager();
 * TestJpa.inTransaction(em, () -> em.persist(new Department("X", "Sở X", DepartmentKind.OTHER)));
 * }</pre>
 */
public final class TestJpa {

    private TestJpa() {}

    /** Builds a factory; the caller closes it. Throws if a mapping does not match the schema. */
    public static EntityManagerFactory entityManagerFactory(String unitName, List<Class<?>> managedClasses) {
        return entityManagerFactory(unitName, managedClasses, Map.of());
    }

    /** As above, with extra or overriding Hibernate properties. */
    public static EntityManagerFactory entityManagerFactory(
            String unitName, List<Class<?>> managedClasses, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.hbm2ddl.auto", "validate");
        properties.put("jakarta.persistence.validation.mode", "NONE");
        properties.put("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        // as in the application's persistence units
        properties.put("hibernate.jdbc.batch_size", "50");
        properties.put("hibernate.order_inserts", "true");
        properties.put("hibernate.default_batch_fetch_size", "50");
        properties.put("hibernate.query.fail_on_pagination_over_collection_fetch", "true");
        if (!onClassPath("org.eclipse.yasson.JsonBindingProvider")) {
            // the JSON-B API comes with jakartaee-api but no implementation does; Liberty has one
            properties.put("hibernate.type.json_format_mapper", new NoJsonFormatMapper());
        }
        properties.putAll(extraProperties);
        PersistenceUnitInfo info = new Unit(
                unitName,
                managedClasses.stream().map(Class::getName).toList(),
                TestDatabase.dataSource(),
                classLoader());
        return new HibernatePersistenceProvider().createContainerEntityManagerFactory(info, properties);
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, classLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : TestJpa.class.getClassLoader();
    }

    /** Runs {@code work} in a transaction of {@code em}: commits, or rolls back and rethrows. */
    public static void inTransaction(EntityManager em, Runnable work) {
        inTransaction(em, unused -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in a transaction of {@code em} and returns its result: commits, or rolls back and rethrows. */
    public static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        }
    }

    /**
     * Stands in for Hibernate's JSON-B format mapper, which fails to start without a JSON-B implementation. Add
     * org.eclipse:yasson as a test dependency to map JSON columns in tests.
     */
    private static final class NoJsonFormatMapper implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
            throw unsupported();
        }

        @Override
        public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
            throw unsupported();
        }

        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException(
                    "No JSON-B implementation on the test class path: add org.eclipse:yasson to map JSON columns");
        }
    }

    private record Unit(String name, List<String> classNames, DataSource dataSource, ClassLoader loader)
            implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return name;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return HibernatePersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return classNames;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return loader;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // no bytecode enhancement in tests
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
    }
}
