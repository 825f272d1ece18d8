package dev.gatehouse

import com.cloudbees.groovy.cps.NonCPS

/**
 * Messages to the project's Slack channel (gatehouseProject().slackChannel), posted as the
 * project's Slack app bot user: the token credential is a bot token, and without botUser the
 * Slack plugin sends it to the legacy Jenkins CI webhook, which refuses it (the message is lost).
 * Two kinds, chosen on purpose:
 *  - send: routine news (deployed, smoke tests passed, blessed, fixed). If Slack does not take it
 *    the plugin logs an error and the build goes on: a deploy that worked is not failed for it.
 *  - alert: someone must act or know now (an approval waits, a rollback, a failure, an abort, a
 *    build that was not blessed). failOnError: an alert Slack did not take fails the build.
 */
class Slack implements Serializable {
  private static final long serialVersionUID = 1L
  private final def script

  Slack(def script) {
    this.script = script
  }

  void send(String color, String text) {
    post(color, text, false)
  }

  void alert(String color, String text) {
    post(color, text, true)
  }

  private void post(String color, String text, boolean failOnError) {
    Map project = script.gatehouseProject()
    script.slackSend(channel: project.slackChannel, tokenCredentialId: project.slackCredentialsId, botUser: true,
      failOnError: failOnError, color: color, message: text)
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
