package org.govtechhub.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Inside the server: how many SQL statements an action sends to the database through the "hub" persistence unit.
 * A listener on EclipseLink's session (reached by reflection: the tests compile against the Jakarta APIs only) counts
 * the executed calls of the calling thread while the action runs.
 */
@Stateless
public class QueryCounter {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    public long statements(Supplier<?> action) throws ReflectiveOperationException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", true, loader);
        Class<?> listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true, loader);
        Object session = em.getEntityManagerFactory().unwrap(sessionType);
        Object events = sessionType.getMethod("getEventManager").invoke(session);
        Thread caller = Thread.currentThread();
        AtomicLong executed = new AtomicLong();
        Object listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[] {listenerType}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "QueryCounter";
                case "postExecuteCall":
                    if (Thread.currentThread() == caller) {
                        executed.incrementAndGet();
                    }
                    return null;
                default:
                    return null;
            }
        });
        Method add = events.getClass().getMethod("addListener", listenerType);
        Method remove = events.getClass().getMethod("removeListener", listenerType);
        add.invoke(events, listener);
        try {
            action.get();
        } finally {
            remove.invoke(events, listener);
        }
        return executed.get();
    }
}
