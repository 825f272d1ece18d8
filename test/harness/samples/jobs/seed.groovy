// Sample Job DSL seed (harness test material): one multibranch job per module.
folder('online-product') {
    description('The online product')
}

['auth', 'catalog'].each { String module ->
    multibranchPipelineJob("online-product/${module}") {
        branchSources {
            branchSource {
                source {
                    github {
                        id("gatehouse-${module}")
                        repoOwner('acme-online')
                        repository(module)
                        credentialsId('github-app-gatehouse')
                        traits {
                            gitHubBranchDiscovery { strategyId(3) }
                            gitHubPullRequestDiscovery { strategyId(1) }
                        }
                    }
                }
            }
        }
    }
}
