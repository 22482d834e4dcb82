// iGOT Sahayak on Azure: App Service (Linux, Node 24 LTS) + user-assigned managed identity + Azure Bot
// (UserAssignedMSI, Teams channel). Outputs are written to env/.env.<env> by `arm/deploy`.
@minLength(4)
@maxLength(20)
@description('Prefix of every resource name (letters and digits; must be globally unique for the web app).')
param resourceBaseName string
param botDisplayName string
param webAppSku string = 'B1'
param location string = resourceGroup().location

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: '${resourceBaseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node --no-deprecation --pending-deprecation --max-old-space-size=128 --max-semi-space-size=8 dist/index.js' // as npm start
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'PORT', value: '8080' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
