package vn.vigil.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a page keeps between requests (its view and session beans, and all they hold) can be written to the
 * session store, so another server carries the page on: every type a field of such a bean may hold, followed through
 * fields, type arguments and arrays, is serializable (or an interface or a type whose field is transient).
 */
class SessionStateSerializableTest {

    @Test
    void everyTypeAViewOrSessionBeanHoldsIsSerializable() throws Exception {
        Set<String> notSerializable = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(beans());
        assertThat(toVisit).as("view and session beans found").hasSizeGreaterThan(40);
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            // Object (a map's values, say) is judged by what it holds at run time, which only the store sees
            if (!seen.add(type) || type.isPrimitive() || type.isEnum() || type == Object.class) {
                continue;
            }
            if (!type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
                notSerializable.add(type.getName());
                continue;
            }
            if (type.getName().startsWith("java.")) {
                continue; // the JDK's serializable types write themselves
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected(field)) {
                        continue;
                    }
                    collect(field.getGenericType(), toVisit);
                }
            }
        }
        assertThat(notSerializable)
                .as("types held by view or session beans that cannot be written")
                .isEmpty();
    }

    /** Injected services are CDI proxies of normal-scoped beans, which the container serializes by reference. */
    private static boolean injected(Field field) {
        return field.isAnnotationPresent(jakarta.inject.Inject.class)
                || field.isAnnotationPresent(jakarta.annotation.Resource.class);
    }

    private static void collect(Type type, Deque<Class<?>> into) {
        if (type instanceof Class<?> c) {
            into.push(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), into);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, into);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), into);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, into);
            }
        }
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException {
        Path classes = Path.of(SessionUser.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("vn/vigil/web"))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateSerializableTest::load)
                    .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException(name, e);
        }
    }
}
