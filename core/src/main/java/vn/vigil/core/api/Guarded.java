package vn.vigil.core.api;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Enforces {@code @RolesAllowed} / {@code @PermitAll} on an application service (CDI beans get no role checks
 * from the container). Every public method of a guarded service must name its roles, or it is refused.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Guarded {}
