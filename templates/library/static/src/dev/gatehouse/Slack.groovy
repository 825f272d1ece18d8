package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS

/** Messages to the project's Slack channel (gatehouseProject().slackChannel). */
class Slack implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Slack(def script) {
    this.script = script
  }

  void send(String color, String text) {
    Map project = script.gatehouseProject()
    script.slackSend(channel: project.slackChannel, tokenCredentialId: project.slackCredentialsId,
      color: color, message: text)
  }

  /** Module, version, environment, commit and build link: the facts every release message carries. */
  String facts(String environment) {
    def env = script.env
    return '*' + escape(env.GATEHOUSE_MODULE) + '* ' + escape(env.GATEHOUSE_APP_VERSION ?: 'unversioned') +
      (environment ? ' in *' + escape(environment) + '*' : '') +
      ' (commit ' + escape(env.GATEHOUSE_SHA ?: env.GIT_COMMIT ?: 'unknown') + ', channel ' +
      escape(env.GATEHOUSE_CHANNEL ?: 'none') + ') <' + escape(env.BUILD_URL ?: '') + '|' +
      escape(env.JOB_NAME ?: '') + ' #' + escape(env.BUILD_NUMBER ?: '') + '>'
  }

  /** Slack reads &, < and > as markup; everything else is shown as sent. */
  @NonCPS
  static String escape(def text) {
    return String.valueOf(text).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
  }
}
