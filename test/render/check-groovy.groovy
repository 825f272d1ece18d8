// Sanity check for emitted Groovy, run with Groovy 2.4 (what Jenkins runs). Each argument is a
// directory: all its *.groovy files and Jenkinsfiles are compiled together up to semantic
// analysis (so library imports resolve), with stubs for the Jenkins annotations. Reports, per
// directory, compile errors and every GString (a "..." string with interpolation), which emitted
// code must never contain.
import org.codehaus.groovy.ast.ClassCodeVisitorSupport
import org.codehaus.groovy.ast.expr.GStringExpression
import org.codehaus.groovy.control.CompilationUnit
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.MultipleCompilationErrorsException
import org.codehaus.groovy.control.Phases
import org.codehaus.groovy.control.SourceUnit
import org.codehaus.groovy.control.customizers.ImportCustomizer

def checkDirectory(File root) {
  def config = new CompilerConfiguration()
  def imports = new ImportCustomizer()
  imports.addImports('org.jenkinsci.plugins.workflow.libs.Library')
  config.addCompilationCustomizers(imports)
  def unit = new CompilationUnit(config)
  unit.addSource('NonCPS.groovy', 'package com.cloudbees.groovy.cps\n@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n@interface NonCPS {}\n')
  unit.addSource('Library.groovy', 'package org.jenkinsci.plugins.workflow.libs\n@interface Library { String[] value() }\n')
  unit.addSource('FlowInterruptedException.groovy', 'package org.jenkinsci.plugins.workflow.steps\nclass FlowInterruptedException extends InterruptedException { List getCauses() { [] } }\n')
  def names = [:]
  def files = []
  root.eachFileRecurse { f -> if (f.isFile() && (f.name.endsWith('.groovy') || f.name == 'Jenkinsfile')) files << f }
  files.sort { it.path }.eachWithIndex { File f, int i ->
    def name = f.name == 'Jenkinsfile' ? 'Jenkinsfile_' + i + '.groovy' : f.name
    names[unit.addSource(name, f.getText('UTF-8'))] = root.toPath().relativize(f.toPath()).toString()
  }
  try {
    unit.compile(Phases.SEMANTIC_ANALYSIS)
  } catch (MultipleCompilationErrorsException e) {
    println('ERROR ' + root.path + ' ' + e.message.replace('\n', ' | '))
    return
  }
  int gstrings = 0
  unit.iterator().each { SourceUnit su ->
    if (!names.containsKey(su)) return
    def visitor = new ClassCodeVisitorSupport() {
      protected SourceUnit getSourceUnit() { su }
      void visitGStringExpression(GStringExpression expression) {
        println('GSTRING ' + root.path + ' ' + names[su] + ':' + expression.lineNumber)
        gstrings++
        super.visitGStringExpression(expression)
      }
    }
    su.AST.classes.each { visitor.visitClass(it) }
  }
  println('CHECKED ' + root.path + ' ' + names.size() + ' ' + gstrings)
}

args.each { checkDirectory(new File(it)) }
