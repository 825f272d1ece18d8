package gatehouse.harness

import java.util.regex.Pattern

/**
 * Ant-style path matching as `when { branch }` does it (SelectorUtils.matchPath, case-insensitive):
 * `*` and `?` stay within one `/`-separated segment, `**` spans any number of segments.
 */
class Glob {
    static boolean matchPath(String pattern, String path) {
        if (pattern.startsWith('/') != path.startsWith('/')) {
            return false
        }
        matchSegments(pattern.tokenize('/'), path.tokenize('/'))
    }

    private static boolean matchSegments(List<String> pattern, List<String> path) {
        if (pattern.isEmpty()) {
            return path.isEmpty()
        }
        if (pattern[0] == '**') {
            for (int skip = 0; skip <= path.size(); skip++) {
                if (matchSegments(pattern.drop(1), path.drop(skip))) {
                    return true
                }
            }
            return false
        }
        !path.isEmpty() && matchSegment(pattern[0], path[0]) && matchSegments(pattern.drop(1), path.drop(1))
    }

    private static boolean matchSegment(String pattern, String segment) {
        StringBuilder regex = new StringBuilder()
        pattern.each { String c ->
            if (c == '*') {
                regex << '.*'
            } else if (c == '?') {
                regex << '.'
            } else {
                regex << Pattern.quote(c)
            }
        }
        Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(segment).matches()
    }
}
