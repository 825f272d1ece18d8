package gatehouse.harness

import org.codehaus.groovy.ast.ASTNode
import org.codehaus.groovy.ast.ClassNode
import org.codehaus.groovy.ast.CodeVisitorSupport
import org.codehaus.groovy.ast.MethodNode
import org.codehaus.groovy.ast.ModuleNode
import org.codehaus.groovy.ast.expr.ArgumentListExpression
import org.codehaus.groovy.ast.expr.BinaryExpression
import org.codehaus.groovy.ast.expr.ConstantExpression
import org.codehaus.groovy.ast.expr.Expression
import org.codehaus.groovy.ast.expr.ListExpression
import org.codehaus.groovy.ast.expr.MapExpression
import org.codehaus.groovy.ast.expr.MethodCallExpression
import org.codehaus.groovy.ast.expr.TupleExpression
import org.codehaus.groovy.control.CompilationUnit
import org.codehaus.groovy.control.CompilerConfiguration
import org.codehaus.groovy.control.Phases

/**
 * Finds the pipeline step calls of Groovy sources by parsing them with Groovy 2.4 (no regular
 * expressions over source text): every `sh`, `withCredentials` and `slackSend` call with its
 * arguments, line and the `withCredentials` calls it is nested in. Tests check library rules on
 * the result (xtrace off before a credential, every Slack call's arguments).
 *
 * request: {files: [{name, path}]}; answer: {calls: [{file, line, step, args, credentialScopes}]}
 * where args maps a named argument (or `value` for a positional one) to its parts: constant
 * strings as {text}, anything computed as {code}; a binding list of withCredentials is
 * {bindings: [{symbol, args}]}.
 */
class StepCalls {
    static final Set<String> STEPS = ['sh', 'withCredentials', 'slackSend'] as Set

    Map scan(Map request) {
        List<Map> calls = []
        (request.files as List<Map>).each { Map file ->
            ModuleNode module = parse(file.name as String, new File(file.path as String).getText('UTF-8'))
            Visitor visitor = new Visitor(file: file.name as String, calls: calls)
            module.statementBlock.visit(visitor)
            module.classes.each { ClassNode type ->
                (type.methods + type.declaredConstructors).each { MethodNode method -> method.code?.visit(visitor) }
            }
        }
        [calls: calls]
    }

    private static ModuleNode parse(String name, String text) {
        CompilationUnit unit = new CompilationUnit(new CompilerConfiguration())
        unit.addSource(name, text)
        unit.compile(Phases.CONVERSION)
        unit.AST.modules[0]
    }

    /** The parts of an argument: constant strings and concatenations stay text, the rest is code. */
    static List<Map> parts(Expression expression) {
        if (expression instanceof ConstantExpression) {
            return [[text: String.valueOf(((ConstantExpression) expression).value)]]
        }
        if (expression instanceof BinaryExpression && ((BinaryExpression) expression).operation.text == '+') {
            BinaryExpression sum = (BinaryExpression) expression
            return parts(sum.leftExpression) + parts(sum.rightExpression)
        }
        [[code: expression.text]]
    }

    static Object describe(Expression expression) {
        if (expression instanceof ListExpression) {
            return [list: ((ListExpression) expression).expressions.collect { describe(it) }]
        }
        if (expression instanceof MethodCallExpression) {
            MethodCallExpression call = (MethodCallExpression) expression
            return [symbol: call.methodAsString, args: named(call.arguments)]
        }
        parts(expression)
    }

    /** Named arguments by name; a positional argument is `value`. */
    static Map named(Expression arguments) {
        Map out = [:]
        List<Expression> items = arguments instanceof TupleExpression ? ((TupleExpression) arguments).expressions : [arguments]
        items.each { Expression item ->
            if (item instanceof MapExpression) {
                ((MapExpression) item).mapEntryExpressions.each { entry ->
                    out[entry.keyExpression.text] = describe(entry.valueExpression)
                }
            } else if (!out.containsKey('value') && !(item.class.simpleName == 'ClosureExpression')) {
                out.value = describe(item)
            }
        }
        out
    }

    static class Visitor extends CodeVisitorSupport {
        String file
        List<Map> calls
        private final List<Map> credentialScopes = []

        @Override
        void visitMethodCallExpression(MethodCallExpression call) {
            String step = call.methodAsString
            if (!(step in STEPS)) {
                super.visitMethodCallExpression(call)
                return
            }
            Map record = [file: file, line: lineOf(call), step: step, args: named(call.arguments),
                          credentialScopes: new ArrayList(credentialScopes)]
            calls << record
            if (step == 'withCredentials') {
                credentialScopes << [line: record.line, args: record.args]
                try {
                    super.visitMethodCallExpression(call)
                } finally {
                    credentialScopes.remove(credentialScopes.size() - 1)
                }
            } else {
                super.visitMethodCallExpression(call)
            }
        }

        private static int lineOf(ASTNode node) { node.lineNumber }
    }
}
