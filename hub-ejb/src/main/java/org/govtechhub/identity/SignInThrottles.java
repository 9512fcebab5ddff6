package org.govtechhub.identity;

import jakarta.annotation.security.PermitAll;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The throttle rows of a sign-in attempt. Each row is made once, in a transaction of its own, and then locked by the
 * attempt (SELECT … FOR UPDATE), so parallel guesses are counted one after the other and none slips past a delay.
 */
@Stateless
@PermitAll
public class SignInThrottles {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Makes the row when it is not there yet; a parallel attempt that made it first is as good. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(SignInThrottle.Scope scope, String key) {
        if (em.find(SignInThrottle.class, key) == null) {
            em.persist(new SignInThrottle(scope, key));
            em.flush();
        }
    }

    /** The row of a scope for this attempt, locked until the caller's transaction ends. */
    public SignInThrottle lock(SignInThrottle.Scope scope, String email, String clientAddress) {
        String key = scope.key(email, clientAddress);
        try {
            context.getBusinessObject(SignInThrottles.class).ensure(scope, key);
        } catch (EJBException madeByAParallelAttempt) {
            // the row exists now: the lock below waits for that attempt and reads it
        }
        return em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
