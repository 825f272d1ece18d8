package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS

/**
 * Picks the blessed release to promote from `revision<TAB>chart<TAB>version<TAB>appVersion<TAB>tree<TAB>channel<TAB>releaseId<TAB>imageDigest`
 * lines (imageDigest is empty, or missing from a line, when the revision was deployed by tag).
 */
class BlessedBuilds implements Serializable {
  private static final long serialVersionUID = 1L

  /** The newest blessed revision whose tree is `tree`, or null when there is none. */
  @NonCPS
  static Map newestWithTree(String lines, String tree) {
    Map best = null
    for (String line : lines.readLines()) {
      List<String> fields = line.split('\t', -1) as List
      if (fields.size() < 7 || fields[4] != tree || !fields[0].isInteger()) {
        continue
      }
      Map candidate = [revision: fields[0].toInteger(), chart: fields[1], chartVersion: fields[2],
        appVersion: fields[3], tree: fields[4], channel: fields[5], releaseId: fields[6], imageDigest: fields.size() > 7 ? fields[7] : '']
      if (best == null || candidate.revision > best.revision) {
        best = candidate
      }
    }
    return best
  }
}
