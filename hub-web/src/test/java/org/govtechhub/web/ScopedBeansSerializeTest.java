package org.govtechhub.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With sessions replicated across servers (web.xml is distributable), everything a session or a view keeps must
 * serialise. Every {@code @SessionScoped} and {@code @ViewScoped} bean of the web module is made as the container
 * makes it (its {@code @PostConstruct} run, injected references left to the container, which serialises them), its
 * other fields filled with realistic values of their declared types — entities, forms, lists and maps with one
 * element — and written out. A bean added later with a field that cannot be written fails here, naming the field.
 */
class ScopedBeansSerializeTest {

    private static final int DEPTH = 3;

    @Test
    void everySessionAndViewScopedBeanSerialisesWithItsState() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() >= 50, "found the beans: " + beans.size());
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            Object instance = made(bean);
            fill(instance, bean, 0);
            try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                out.writeObject(instance);
            } catch (NotSerializableException e) {
                problems.add(bean.getSimpleName() + ": " + e.getMessage() + " is kept and cannot be written");
            } catch (IOException | RuntimeException e) {
                problems.add(bean.getSimpleName() + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<Class<?>> scopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Paths.get(UserSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ScopedBeansSerializeTest.class.getClassLoader());
                if (type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    /** The bean as the container makes it: constructed, then its {@code @PostConstruct} (which may need a service: then left half-made). */
    private static Object made(Class<?> bean) throws ReflectiveOperationException {
        Constructor<?> constructor = bean.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class)) {
                    method.setAccessible(true);
                    try {
                        method.invoke(instance);
                    } catch (ReflectiveOperationException needsAService) {
                        // the services are the container's; what the method made before it needed one is kept
                    }
                }
            }
        }
        return instance;
    }

    /** Fills every empty field the bean keeps itself (not injected, not transient) with a value of its declared type. */
    private static void fill(Object target, Class<?> type, int depth) throws IllegalAccessException {
        for (Class<?> c = type; c != null && c != Object.class && !c.getName().startsWith("java."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(EJB.class)
                        || field.isAnnotationPresent(Inject.class) || field.isSynthetic()) {
                    continue;
                }
                field.setAccessible(true);
                if (field.get(target) == null && !Modifier.isFinal(modifiers)) {
                    Object value = sample(field.getType(), field.getGenericType(), depth);
                    if (value != null) {
                        field.set(target, value);
                    }
                } else if (depth < DEPTH && field.get(target) != null && isOurs(field.getType())) {
                    fill(field.get(target), field.get(target).getClass(), depth + 1);
                }
            }
        }
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("org.govtechhub.");
    }

    private static Object sample(Class<?> type, Type generic, int depth) {
        if (type == String.class) {
            return "Faster building permits";
        } else if (type == Long.class) {
            return 42L;
        } else if (type == Integer.class) {
            return 7;
        } else if (type == Boolean.class) {
            return Boolean.TRUE;
        } else if (type == BigDecimal.class) {
            return new BigDecimal("30000.00");
        } else if (type == LocalDate.class) {
            return LocalDate.of(2027, 3, 1);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.of(2027, 3, 1, 9, 30);
        } else if (type == LocalTime.class) {
            return LocalTime.of(9, 30);
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (List.class.isAssignableFrom(type) || type == Collection.class) {
            List<Object> list = new ArrayList<>();
            addElement(list, generic, 0, depth);
            return list;
        } else if (Set.class.isAssignableFrom(type)) {
            Set<Object> set = new LinkedHashSet<>();
            addElement(set, generic, 0, depth);
            return set;
        } else if (Map.class.isAssignableFrom(type)) {
            Map<Object, Object> map = new HashMap<>();
            Object key = element(generic, 0, depth);
            Object value = element(generic, 1, depth);
            if (key != null && value != null) {
                map.put(key, value);
            }
            return map;
        } else if (depth < DEPTH && isOurs(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            return madeOf(type, depth);
        }
        return null;
    }

    private static void addElement(Collection<Object> collection, Type generic, int index, int depth) {
        Object element = element(generic, index, depth);
        if (element != null) {
            collection.add(element);
        }
    }

    private static Object element(Type generic, int index, int depth) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[index] instanceof Class<?> elementType) {
            return sample(elementType, elementType, depth + 1);
        }
        return null;
    }

    /** One of the hub's own objects (an entity, a form, a record), made by its no-argument constructor and filled in. */
    private static Object madeOf(Class<?> type, int depth) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object made = constructor.newInstance();
            fill(made, type, depth + 1);
            return made;
        } catch (ReflectiveOperationException | RuntimeException noSimpleConstructor) {
            return null;
        }
    }
}
