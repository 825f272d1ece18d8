import dev.gatehouse.Messages

// Sample library step (harness test material): one Slack message to the release channel.
def call(Map args) {
    slackSend(channel: '#production', tokenCredentialId: 'slack-bot-token', color: args.color ?: 'good',
        message: new Messages(this).summary(args.text as String))
}
