package org.jenkinsci.plugins.workflow.libs

import java.lang.annotation.ElementType
import java.lang.annotation.Retention
import java.lang.annotation.RetentionPolicy
import java.lang.annotation.Target

// Stand-in for Jenkins' @Library (workflow-cps-global-lib): lets `@Library('name@version') _`
// compile and run outside Jenkins. Only its shape matters; the harness reads the value itself.
@Retention(RetentionPolicy.SOURCE)
@Target([ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD,
        ElementType.LOCAL_VARIABLE, ElementType.PARAMETER, ElementType.PACKAGE])
@interface Library {
    String[] value()
    boolean changelog() default true
}
