package gatehouse.harness

/**
 * Reads the container names of a pod spec without a YAML library (Groovy 2.4 ships none): the
 * `- name:` items directly under `containers:`. Enough to check container() and defaultContainer.
 */
class PodYaml {
    static List<String> containerNames(String yaml) {
        List<String> names = []
        Integer containersIndent = null
        Integer itemIndent = null
        yaml.readLines().each { String line ->
            if (line.trim().isEmpty() || line.trim().startsWith('#')) {
                return
            }
            int indent = line.length() - line.replaceAll(/^\s+/, '').length()
            if (containersIndent == null) {
                if (line.trim() == 'containers:') {
                    containersIndent = indent
                }
                return
            }
            if (indent <= containersIndent && !line.trim().startsWith('-')) {
                containersIndent = null
                itemIndent = null
                return
            }
            def item = line =~ /^(\s*)-\s+name:\s*['"]?([A-Za-z0-9._-]+)['"]?\s*$/
            if (item.find()) {
                int dash = item.group(1).length()
                itemIndent = itemIndent ?: dash
                if (dash == itemIndent) {
                    names << item.group(2)
                }
            }
        }
        names
    }
}
